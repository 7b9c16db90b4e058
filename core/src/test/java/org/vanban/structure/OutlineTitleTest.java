package org.vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutlineTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nâng cao nhận thức của cán bộ. Mỗi cán bộ phải gương mẫu  | Nâng cao nhận thức của cán bộ
            MỤC ĐÍCH – YÊU CẦU:                                     | MỤC ĐÍCH – YÊU CẦU
            KIẾN NGHỊ, ĐỀ XUẤT: Không                               | KIẾN NGHỊ, ĐỀ XUẤT: Không
            Tổ chức thực hiện.                                      | Tổ chức thực hiện
            hội thi, chương trình,....                              | hội thi, chương trình,....
            năm 2021,...                                            | năm 2021,...
            Bảo vệ sức khỏe trẻ... Phát hiện sớm                    | Bảo vệ sức khỏe trẻ... Phát hiện sớm
            Giao **Sở Tài chính** chủ trì                           | Giao Sở Tài chính chủ trì
            Quy mô 1.180 tỷ đồng. Vốn ngân sách                     | Quy mô 1.180 tỷ đồng
            Ủy ban nhân dân TP. Hồ Chí Minh                         | Ủy ban nhân dân TP
            Phòng   chống    dịch ###                               | Phòng chống dịch
            chịu trách nhiệm thi hành Quyết định này./.             | chịu trách nhiệm thi hành Quyết định này
            """)
    void titleIsCutAtTheFirstSentence(String raw, String title) {
        assertThat(OutlineParser.cleanTitle(raw)).isEqualTo(title);
    }
}
