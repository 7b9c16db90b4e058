package org.vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.vanban.TextSpan;

/**
 * Hostile and random input: the parser neither throws nor hangs, its offsets stay inside the text, and it is
 * safe to share between threads. The timeouts only guard against runaway backtracking or quadratic loops; they
 * are far above the time these inputs take.
 */
class StructureRobustnessTest {

    private final RuleStructureParser parser = new RuleStructureParser();

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void adversarialInputsFinishQuickly() {
        List<String> inputs = List.of(
                "*".repeat(500_000),
                "**".repeat(100_000) + "\n" + "1. **a".repeat(30_000),
                "1.1.1.1.1.1.1.1.\n".repeat(20_000),
                "I. A\n1. B\na) C\n".repeat(20_000),
                "Số: ".repeat(100_000),
                "Số:" + " ".repeat(200_000) + "/" + "A-".repeat(100_000),
                "ngày ngày tháng năm ".repeat(30_000),
                ", ngày 1 tháng 1 năm 2020".repeat(20_000),
                "CỘNG HÒA XÃ HỘI ".repeat(30_000),
                "KẾ HOẠCH\n".repeat(50_000),
                "Nơi nhận:\n" + "- Lưu: VT,\n".repeat(50_000),
                "Nơi nhận:\n" + "KT. GIÁM ĐỐC\n".repeat(50_000),
                "KT. ".repeat(100_000),
                "Căn cứ ".repeat(100_000),
                "Trường " + "A ".repeat(200_000) + "xây dựng kế hoạch",
                "|\t".repeat(200_000),
                "\n".repeat(500_000),
                "a".repeat(1_000_000));
        for (String input : inputs) {
            DocumentStructure d = parser.parse(input);
            assertSane(input, d);
        }
    }

    @Property(tries = 300)
    void randomTextGivesSaneStructure(@ForAll("documentLike") String text) {
        assertSane(text, parser.parse(text));
    }

    @Provide
    Arbitrary<String> documentLike() {
        Arbitrary<String> pieces = Arbitraries.of("KẾ HOẠCH", "QUYẾT ĐỊNH", "Số:", " ", "\n", "\n\n", "\t", "|",
                "**", "*", "#", "-", "+", "I.", "II.", "1.", "1.1.", "a)", "đ)", "Điều 1.", "Chương I", "Mục 2",
                "Nơi nhận:", "Noi nhận", "KT.", "TM.", "GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn An", "ngày", "tháng", "năm",
                "12", "2025", "/", "KH-UBND", ",", ".", ":", ";", "V/v", "Kính gửi", "Căn cứ", "Thực hiện",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "TỈNH X",
                "Trường THCS A xây dựng kế hoạch", "Hà Nội", "...", "…", "\u00A0", "_", "---", "Lưu: VT.");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', 'ỹ').ofMaxLength(6);
        return Arbitraries.oneOf(pieces, pieces, pieces, noise).list().ofMaxSize(120)
                .map(list -> String.join("", list));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneParserServesManyThreads() throws Exception {
        List<String> texts = List.of(Samples.read("plan-tab-header.txt"), Samples.read("report-markdown-table.md"),
                Samples.read("decision-wrapped.md"), Samples.read("letter-vv.txt"),
                Samples.read("plan-no-header.txt"), Samples.read("party-plan.txt"));
        List<DocumentStructure> expected = texts.stream().map(parser::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        int k = round % texts.size();
                        if (!parser.parse(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSane(String text, DocumentStructure d) {
        int len = text.length();
        assertThat(d.body().start()).isBetween(0, len);
        assertThat(d.body().end()).isBetween(d.body().start(), len);
        for (TextSpan span : new TextSpan[] {d.numberSpan(), d.preamble(), d.appendix()}) {
            if (span != null) {
                assertThat(span.end()).isBetween(span.start(), len);
            }
        }
        for (TextSpan span : d.implementation()) {
            assertThat(span.end()).isBetween(span.start(), len);
        }
        int previous = -1;
        for (Section s : d.sections()) {
            assertThat(s.start()).isGreaterThan(previous).isLessThan(len);
            assertThat(s.end()).isBetween(s.start(), len);
            assertThat(s.label()).isNotBlank();
            assertThat(s.title()).isNotNull();
            previous = s.start();
        }
        if (d.signer() != null) {
            assertThat(d.signer().name() != null || d.signer().title() != null || d.signer().authority() != null)
                    .isTrue();
        }
    }
}
