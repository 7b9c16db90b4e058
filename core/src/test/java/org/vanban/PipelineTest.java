package org.vanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vanban.deadline.Deadline;

class PipelineTest {

    private static final String PLAN = """
            TRƯỜNG TIỂU HỌC HÒA BÌNH

            Số: 12/KH-THHB

            Hòa Bình, ngày 05 tháng 9 năm 2024

            KẾ HOẠCH
            Tổ chức Hội nghị viên chức năm học 2024 - 2025

            Căn cứ Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ Giáo dục và Đào tạo;

            I. TỔ CHỨC THỰC HIỆN
            1. Phó Hiệu trưởng
            - Tổng hợp ý kiến đóng góp của các tổ, gửi Hiệu trưởng trước ngày 20/9.
            2. Tổ trưởng chuyên môn
            - Tổ chức họp tổ lấy ý kiến vào dự thảo.

            HIỆU TRƯỞNG

            Phạm Văn An
            """;

    @Test
    void aDeadlineInsideAnAssignmentIsTheAssigneesToMeet() {
        AnalyzedDocument doc = Pipeline.defaults().analyzeText(PLAN, "plan.txt");
        assertThat(doc.issuedDate()).isEqualTo(LocalDate.of(2024, 9, 5));
        assertThat(doc.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 9, 20));
            assertThat(d.who()).isEqualTo("Phó Hiệu trưởng");
        });
        assertThat(doc.citations()).extracting(c -> c.key()).containsExactly("11/2020/TT-BGDĐT@2020");
    }

    @Test
    void everyOffsetIsACodePointIndexAndEverySurfaceIsItsText() {
        // A character outside the Basic Multilingual Plane before the citation shifts char and code-point indices.
        String text = "Ghi chú 𝐀: thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n";
        AnalyzedDocument doc = Pipeline.defaults().analyzeText(text, "t");
        assertThat(doc.citations()).singleElement().satisfies(c -> {
            int from = doc.charIndex(c.start());
            int to = doc.charIndex(c.end());
            assertThat(doc.text().substring(from, to)).isEqualTo(c.surface());
            assertThat(c.start()).isEqualTo(doc.text().codePointCount(0, from));
        });
    }

    @Test
    void onePipelineServesManyThreads() throws Exception {
        Pipeline pipeline = Pipeline.defaults();
        AnalyzedDocument expected = pipeline.analyzeText(PLAN, "plan.txt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedDocument>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> pipeline.analyzeText(PLAN, "plan.txt")));
            }
            for (Future<AnalyzedDocument> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void jsonRoundTrips() {
        AnalyzedDocument doc = Pipeline.defaults().analyzeText(PLAN, "plan.txt");
        assertThat(DocumentJson.fromJson(DocumentJson.toJson(doc, true))).isEqualTo(doc);
        List<Deadline> deadlines = DocumentJson.fromJson(DocumentJson.toJson(doc, false)).deadlines();
        assertThat(deadlines).isEqualTo(doc.deadlines());
    }
}
