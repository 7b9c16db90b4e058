package org.vanban.assign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;

/** Through the whole pipeline: a deadline in an item of a role heading is the heading's actor's to meet. */
class RoleHeadingPipelineTest {

    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            XÃ BẢN LẦU

            Số: 41/KH-UBND

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Bản Lầu, ngày 12 tháng 3 năm 2025

            KẾ HOẠCH
            Phòng, chống dịch bệnh trên đàn gia súc năm 2025

            I. MỤC ĐÍCH
            1. Chủ động phòng, chống dịch bệnh, không để dịch lây lan trên diện rộng.

            II. TỔ CHỨC THỰC HIỆN
            1. Cán bộ thú y phụ trách địa bàn:
            - Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò; báo cáo kết quả về Phòng Kinh tế \
            trước ngày 30/4/2025.
            2. Trưởng các thôn
            - Thống kê đàn gia súc của từng hộ, gửi Ủy ban nhân dân xã trước ngày 25/3/2025.

            Trên đây là Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2025 của Ủy ban nhân dân xã Bản Lầu.

            Nơi nhận:
            - Lưu: VT.

            CHỦ TỊCH

            Sùng Văn Páo
            """;

    @Test
    void deadlinesOfHeadingItemsTakeTheHeadingsActor() {
        AnalyzedDocument doc = Pipeline.defaults().analyzeText(PLAN, "ke-hoach.txt");
        assertThat(doc.assignments()).extracting(Assignment::who)
                .containsExactly("Cán bộ thú y phụ trách địa bàn", "Trưởng các thôn");
        assertThat(doc.deadlines()).extracting(d -> d.who())
                .containsExactly("Cán bộ thú y phụ trách địa bàn", "Trưởng các thôn");
    }
}
