package org.vanban.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.vanban.TextSpan;
import org.vanban.assign.Assignment;
import org.vanban.assign.RuleAssignmentExtractor;
import org.vanban.entity.Entity;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.structure.DocumentStructure;

/** Untrusted input: no exception, offsets that hold, no super-linear blow-up, the same answers from many threads. */
class ExtractionRobustnessTest {

    private static final RuleDeadlineExtractor DEADLINES = new RuleDeadlineExtractor();
    private static final RuleAssignmentExtractor ASSIGNMENTS = new RuleAssignmentExtractor();
    private static final RuleEntityTagger ENTITIES = new RuleEntityTagger();

    private static final List<String> PIECES = List.of("ngày", "tháng", "năm", "Quý", "II", "trước", "chậm nhất",
            "hằng", "quý", "định kỳ", "6", "03/06/2022", "20/5", "15", "12", "2024", "Giao", "Phòng", "Tổ chức",
            "Sở", "Giáo dục và Đào tạo", "đồng chí", "Trần Thị", "Mai", "Hiệu trưởng", "chịu trách nhiệm", "chủ trì",
            "phối hợp với", "các đơn vị", "Yêu cầu", "Đề nghị", "báo cáo", "gửi", "về", "đúng thời gian quy định",
            "Trưởng Trạm Y tế", "Y sĩ phụ trách", "Các tổ công đoàn", "có trách nhiệm", "hạn cuối", "là", "đến hết",
            "từ ngày", "Trên đây là", "Bộ Văn hóa, Thể thao và Du lịch", "Điều 3.", "muộn nhất", "thời hạn",
            "trong thời hạn", "kể từ ngày", "đã", "IV. TỔ CHỨC THỰC HIỆN", "1. Quý I", "- ", "+ ", "\n", "\n\n", ", ",
            ". ", "; ", ": ", "(", ")", "**", "“", "”", "\"", "|", "./.", "-", "Đ", "\u00A0", "\t", "x", "1.", "a)");

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withCharRange('\u0000', '\u1FFF').withChars("\n-+.:;/ĐđạỳỹờườngQuý")
                .ofMaxLength(300);
    }

    @Property(tries = 300)
    void plausibleDocumentsGiveConsistentSpans(@ForAll("documents") String text) {
        checkAll(text, TestStructures.plan(text, LocalDate.of(2024, 3, 1), "Kế hoạch năm 2024"));
        checkAll(text, DocumentStructure.empty(text.length()));
    }

    @Property(tries = 300)
    void noiseNeverBreaksTheExtractors(@ForAll("noise") String text) {
        checkAll(text, DocumentStructure.empty(text.length()));
        checkAll(text, TestStructures.of("BÁO CÁO", text, null, null, "Nhà trường"));
    }

    private static void checkAll(String text, DocumentStructure structure) {
        List<Entity> entities = ENTITIES.tag(text, List.of());
        for (Entity e : entities) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        for (Deadline d : DEADLINES.extract(text, structure, List.of())) {
            assertThat(d.start()).isBetween(0, d.end());
            assertThat(text.substring(d.start(), d.end())).isEqualTo(d.surface());
            assertThat(d.date() == null || d.recurrence() == null).isTrue();
        }
        for (Assignment a : ASSIGNMENTS.extract(text, structure, List.of(), entities)) {
            assertThat(text.substring(a.start(), a.end())).isEqualTo(a.surface());
            assertThat(a.who()).isNotBlank();
        }
    }

    /** Inputs built to make backtracking or quadratic scans explode; the timeout only guards against a hang. */
    @Test
    @Timeout(60)
    void adversarialInputsFinishQuickly() {
        List<String> inputs = List.of(
                "ngày ".repeat(40_000),
                "1/".repeat(60_000),
                "trước ngày 1 ".repeat(15_000),
                "Phòng ".repeat(40_000),
                "các, ".repeat(40_000),
                "- \n".repeat(40_000),
                "+ Quý I\n".repeat(20_000),
                "a".repeat(200_000),
                "Trần Thị Mai ".repeat(20_000),
                "hằng tháng báo cáo đúng thời gian quy định ".repeat(5_000),
                "I. TỔ CHỨC THỰC HIỆN\n- Giao Phòng A B C D xây dựng, ".repeat(5_000),
                // unknown actors, long actor lists before a marker, role headings, windows, clause openings
                "Trưởng các đơn vị, cố vấn học tập và các ông (bà) có tên ".repeat(4_000) + "chịu trách "
                        + "nhiệm thi hành.",
                "Ban A chịu trách nhiệm ".repeat(10_000),
                "Chánh Văn phòng; ".repeat(20_000) + "chịu trách nhiệm thi hành.",
                "IV. TỔ CHỨC THỰC HIỆN\n" + "1. Trưởng Trạm Y tế phụ trách chương trình:\n- Báo cáo hằng tháng.\n"
                        .repeat(8_000) + "Trên đây là Kế hoạch.",
                "nộp hồ sơ từ ngày 1/2 đến hết ngày 3/4 ".repeat(8_000),
                "hạn cuối nộp hồ sơ là ngày 5/6 ".repeat(8_000),
                "6 tháng đầu năm, kết nạp; ".repeat(10_000),
                "Giao Bộ Văn hóa, Thể thao và Du lịch, đề nghị Sở Y tế, ".repeat(6_000),
                "Báo cáo kết quả về Ủy ban nhân dân xã hằng tháng; ".repeat(8_000));
        for (String text : inputs) {
            long t0 = System.nanoTime();
            checkAll(text, TestStructures.plan(text, LocalDate.of(2024, 1, 1), null));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            System.out.println(text.length() + " chars \"" + text.substring(0, 12).replace("\n", "⏎") + "…\": "
                    + took.toMillis() + " ms");
        }
    }

    @Test
    void aLimitThatRunsPastItsSentenceWindow() {
        // real-corpus case: a relative limit whose anchor runs on after a very long sentence start
        String text = "Thí điểm cho phép " + "người Việt Nam đủ điều kiện vào chơi ".repeat(20) + "trong thời hạn\n05 "
                + "năm kể từ ngày Nghị quyết này có hiệu lực thi hành. Tiếp theo.";
        checkAll(text, DocumentStructure.empty(text.length()));
        assertThat(DEADLINES.extract(text, DocumentStructure.empty(text.length()), List.of())).hasSize(1);
    }

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        List<String> texts = List.of(
                "IV. TỔ CHỨC THỰC HIỆN\n- Giao Phòng Tổ chức hành chính xây dựng kế hoạch, báo cáo trước ngày 20/5.\n"
                        + "- Các đơn vị định kỳ hàng quý báo cáo về Sở.\n",
                "III. NHIỆM VỤ CỤ THỂ\n1. Quý I\n- Các trường xây dựng kế hoạch.\n2. Quý II\n- Sơ kết 6 tháng.\n",
                "Phân công đồng chí Hiệu trưởng phụ trách chung và đồng chí Lê Văn An tham mưu công tác dân vận.");
        DocumentStructure[] structures = texts.stream()
                .map(t -> TestStructures.plan(t, LocalDate.of(2024, 1, 10), null)).toArray(DocumentStructure[]::new);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            expected.add(run(texts.get(i), structures[i]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 200; round++) {
                int i = round % texts.size();
                results.add(pool.submit(() -> run(texts.get(i), structures[i]).equals(expected.get(i))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String run(String text, DocumentStructure structure) {
        List<Entity> entities = ENTITIES.tag(text, List.<TextSpan>of());
        return DEADLINES.extract(text, structure, List.of()) + "|"
                + ASSIGNMENTS.extract(text, structure, List.of(), entities) + "|" + entities;
    }
}
