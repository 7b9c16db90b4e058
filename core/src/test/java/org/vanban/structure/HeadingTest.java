package org.vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I. Mục đích                          | ROMAN   | I        | Mục đích
            IV. GIẢI PHÁP THỰC HIỆN              | ROMAN   | IV       | GIẢI PHÁP THỰC HIỆN
            I- MỤC ĐÍCH, YÊU CẦU                 | ROMAN   | I        | MỤC ĐÍCH, YÊU CẦU
            XII) Kiến nghị                       | ROMAN   | XII      | Kiến nghị
            1. Tiếp tục tuyên truyền             | ARABIC  | 1        | Tiếp tục tuyên truyền
            12) Hội thi                          | ARABIC  | 12       | Hội thi
            1.Mục tiêu                           | ARABIC  | 1        | Mục tiêu
            1- Đánh giá kết quả                  | ARABIC  | 1        | Đánh giá kết quả
            1.1. Tiếp tục rà soát                | ARABIC  | 1.1      | Tiếp tục rà soát
            1.2 Nâng cao chất lượng              | ARABIC  | 1.2      | Nâng cao chất lượng
            2.3.1. Chi tiết                      | ARABIC  | 2.3.1    | Chi tiết
            a) Khối 6                            | LETTER  | a        | Khối 6
            đ) Các trường hợp khác               | LETTER  | đ        | Các trường hợp khác
            b. Tổ chức                           | LETTER  | b        | Tổ chức
            ### I. Mục đích yêu cầu              | ROMAN   | I        | Mục đích yêu cầu
            #### **1. Mục đích**                 | ARABIC  | 1        | Mục đích**
            **1.** Bộ trưởng                     | ARABIC  | 1        | Bộ trưởng
            **Điều 1. Phạm vi điều chỉnh**       | ARTICLE | Điều 1   | Phạm vi điều chỉnh**
            **Điều ****2****. ****Hiệu lực**     | ARTICLE | Điều 2   | Hiệu lực**
            Điều 5a. Sửa đổi                     | ARTICLE | Điều 5a  | Sửa đổi
            ĐIỀU 3: Trách nhiệm                  | ARTICLE | Điều 3   | Trách nhiệm
            Chương II                            | CHAPTER | Chương II |
            CHƯƠNG I QUY ĐỊNH CHUNG              | CHAPTER | Chương I | QUY ĐỊNH CHUNG
            Mục 2. Thủ tục                       | SECTION | Mục 2    | Thủ tục
            PHẦN THỨ NHẤT                        | PART    | Phần THỨ NHẤT |
            """)
    void recognisesLabels(String line, Heading.Kind kind, String label, String titleStart) {
        Heading h = Heading.match(line);
        assertThat(h).isNotNull();
        assertThat(h.kind()).isEqualTo(kind);
        assertThat(h.label()).isEqualTo(label);
        String rest = line.substring(Math.min(h.titleFrom(), line.length())).strip();
        assertThat(rest).isEqualTo(titleStart == null ? "" : titleStart);
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 1. Gạch đầu dòng", "+ a) gạch", "100% cán bộ", "1.000 người tham dự",
        "2025. Trong năm", "123. Quá dài", "1.5 triệu đồng", "Mục đích", "Phần lớn cán bộ", "Điều 3 Luật này",
        "Điều kiện", "A. KẾT QUẢ", "V.1 con số", "v.v. và", "| 1. | ô bảng |", "0. Không", "1.a ký hiệu",
        "I.1. Lẫn lộn", "Chương trình hành động", "CC. Không phải số La Mã", "## KẾ HOẠCH",
        "2- 3 ngày làm việc"})
    void ignoresLinesThatAreNotHeadings(String line) {
        assertThat(Heading.match(line)).isNull();
    }
}
