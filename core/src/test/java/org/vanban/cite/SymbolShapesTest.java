package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.cite.Citing.cite;
import static org.vanban.cite.Citing.only;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shape of number/symbol, with and without "số", read from sentences written for these tests. */
class SymbolShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // state, legal normative
        "Căn cứ Nghị định số 04/2015/NĐ-CP của Chính phủ;|Nghị định|04/2015/NĐ-CP|04|2015",
        "Thực hiện Thông tư số 11/2020/TT-BGDĐT, nhà trường tổ chức hội nghị.|Thông tư|11/2020/TT-BGDĐT|11|2020",
        "Theo Luật số 10/2022/QH15, mọi người dân đều có quyền được biết.|Luật|10/2022/QH15|10|2022",
        "Pháp lệnh số 34/2007/PL-UBTVQH11 đã hết hiệu lực.|Pháp lệnh|34/2007/PL-UBTVQH11|34|2007",
        "Nghị quyết số 66.2/2025/NQ-CP quy định xử lý vướng mắc.|Nghị quyết|66.2/2025/NQ-CP|66|2025",
        "Nghị quyết số 30c/NQ-CP ban hành Chương trình tổng thể.|Nghị quyết|30c/NQ-CP|30|",
        // state, individual
        "Triển khai Quyết định 729/QĐ-UBND đến các trường.|Quyết định|729/QĐ-UBND|729|",
        "Quán triệt Chỉ thị số 33/CT-TTg trong toàn ngành.|Chỉ thị|33/CT-TTg|33|",
        "Hưởng ứng QĐ số 1847/QĐ-TTg, trường phát động phong trào.|Quyết định|1847/QĐ-TTg|1847|",
        "Công văn số 2361/SGDĐT-TCHC đã nêu rõ.|Công văn|2361/SGDĐT-TCHC|2361|",
        "Công văn số 106/PGDĐT được gửi đến các trường.|Công văn|106/PGDĐT|106|",
        "Kế hoạch số 110/KH-PGD&ĐT đã giao nhiệm vụ cụ thể.|Kế hoạch|110/KH-PGD&ĐT|110|",
        "Quyết định số 379/QĐ-UBND-HC được công bố.|Quyết định|379/QĐ-UBND-HC|379|",
        // Party
        "Nghị quyết 25-NQ/TW vẫn còn nguyên giá trị.|Nghị quyết|25-NQ/TW|25|",
        "Quy định số 11-QĐi/TW quy định trách nhiệm người đứng đầu.|Quy định|11-QĐi/TW|11|",
        "Văn bản số 325-BC/TU đã tổng kết công tác năm.|Văn bản|325-BC/TU|325|",
        "Hướng dẫn số 02/HD-BDVTU nêu các tiêu chí mô hình.|Hướng dẫn|02/HD-BDVTU|02|",
        "Kế hoạch liên tịch số 22-KH/BDVHU-UBND được ký kết.|Kế hoạch liên tịch|22-KH/BDVHU-UBND|22|",
    })
    void readsEveryShape(String sentence, String type, String symbol, String number, Integer year) {
        Citation c = only(sentence);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.symbol()).isEqualTo(symbol);
        assertThat(c.canonical()).isEqualTo(symbol);
        assertThat(c.number()).isEqualTo(number);
        assertThat(c.year()).isEqualTo(year);
        assertThat(c.repairs()).isEmpty();
    }

    @Test
    void surfaceRunsFromTheTypeWordThroughDateAndIssuer() {
        Citation c = only("Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ; "
                + "các đơn vị triển khai.");
        assertThat(c.surface()).isEqualTo("Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ");
        assertThat(c.date()).isEqualTo(LocalDate.of(2015, 1, 9));
        assertThat(c.issuer()).isEqualTo("Chính phủ");
        assertThat(c.name()).isEqualTo("thực hiện dân chủ");
        assertThat(c.key()).isEqualTo("04/2015/NĐ-CP@2015");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 của Thủ tướng Chính phủ.|2016-05-16",
        "Chỉ thị số 16/CT-TTg, ngày 31/3/2020 của Thủ tướng Chính phủ.|2020-03-31",
        "Quy định số 11-QĐi/TW ngày 18-2-2019 của Bộ Chính trị.|2019-02-18",
        "Kết luận số 62-KL/TW ngày 8.12.2009 của Bộ Chính trị.|2009-12-08",
        "QUYẾT ĐỊNH SỐ 06/QĐ-TTg NGÀY 06 THÁNG 01 NĂM 2022 CỦA THỦ TƯỚNG CHÍNH PHỦ|2022-01-06",
    })
    void readsDatesInEveryForm(String sentence, String iso) {
        Citation c = only(sentence);
        assertThat(c.date()).isEqualTo(LocalDate.parse(iso));
        assertThat(c.year()).isEqualTo(LocalDate.parse(iso).getYear());
    }

    @Test
    void aDateMayBreakAcrossLines() {
        Citation c = only("Nghị quyết số 36/NQ-HĐND ngày 19 tháng 12\nnăm 2021 của Hội đồng nhân dân thành phố.");
        assertThat(c.date()).isEqualTo(LocalDate.of(2021, 12, 19));
        assertThat(c.issuer()).isEqualTo("Hội đồng nhân dân thành phố");
    }

    @Test
    void anImpossibleDateIsNoDate() {
        Citation c = only("Quyết định số 12/QĐ-UBND ngày 31/02/2020 của UBND tỉnh.");
        assertThat(c.date()).isNull();
        assertThat(c.surface()).isEqualTo("Quyết định số 12/QĐ-UBND");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kế hoạch số 15/KH-UBND ngày 02/3/2023 của UBND tỉnh Lâm Đồng về chuyển đổi số.|UBND tỉnh Lâm Đồng",
        "Thông tư số 01/2021/TT-BNV ngày 11/01/2021 của Bộ trưởng Bộ Nội vụ hướng dẫn.|Bộ trưởng Bộ Nội vụ",
        "Nghị định số 30/2020/NĐ-CP của Chính phủ quy định về công tác văn thư.|Chính phủ",
        "Chỉ thị số 05-CT/TW của Ban Bí thư Trung ương Đảng (khóa XII) về học tập.|Ban Bí thư Trung ương Đảng",
        "Kế hoạch số 22-KH/BDVHU-UBND của Ban Dân vận Huyện ủy và Ủy ban nhân dân Huyện về phối hợp.|"
            + "Ban Dân vận Huyện ủy và Ủy ban nhân dân Huyện",
        "Quyết định số 4347/QĐ-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch công bố thủ tục.|"
            + "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        "Quyết định số 40/QĐ-UBND của UBND tỉnh Bà Rịa - Vũng Tàu.|UBND tỉnh Bà Rịa - Vũng Tàu",
        "Công văn số 9/UBND-VX của UBND Quận 2 về việc tổ chức.|UBND Quận 2",
        "Nghị quyết số 02-NQ/ĐU của Đảng ủy Sở GD&ĐT về công tác.|Đảng ủy Sở GD&ĐT",
        "QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH VỀ KẾ HOẠCH|BỘ TÀI CHÍNH",
        "Quyết định số 12/QĐ-UBND của Chính phủ Ứng phó với thiên tai.|Chính phủ",
        // Lower-case syllables that finish a word of the name belong to it; a verb after the name does not.
        "Kế hoạch số 28/KH-TTYT ngày 15/01/2019 của Trung tâm Y tế huyện Quỳnh Lưu về phòng bệnh.|"
            + "Trung tâm Y tế huyện Quỳnh Lưu",
        "Quyết định số 45/QĐ-CCTL của Chi cục Thủy lợi tỉnh Nghệ An;|Chi cục Thủy lợi tỉnh Nghệ An",
        "Kế hoạch số 09/KH-BVTV ngày 03/02/2020 của Cục Bảo vệ thực vật;|Cục Bảo vệ thực vật",
        "Quyết định số 7/QĐ-TU của Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo công tác.|Ban Thường vụ Tỉnh ủy",
        "Quyết định số 21/QĐ-UBND của Ủy ban nhân dân tỉnh Bình Phước Thành lập Hội đồng.|"
            + "Ủy ban nhân dân tỉnh Bình Phước",
    })
    void readsTheIssuerAsPrinted(String sentence, String issuer) {
        assertThat(only(sentence).issuer()).isEqualTo(issuer);
    }

    @Test
    void aLawCitedByNameAndNumberHasItsNameAsSubject() {
        Citation c = only("Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;");
        assertThat(c.type()).isEqualTo("Luật");
        assertThat(c.canonical()).isEqualTo("72/2025/QH15");
        assertThat(c.name()).isEqualTo("Tổ chức chính quyền địa phương");
        assertThat(c.key()).isEqualTo("72/2025/QH15@2025");
    }

    @Test
    void aLawNotInTheListCountsWhenItsNumberFollows() {
        Citation c = only("Căn cứ Luật Trí tuệ nhân tạo số 134/2025/QH15;");
        assertThat(c.name()).isEqualTo("Trí tuệ nhân tạo");
        assertThat(c.canonical()).isEqualTo("134/2025/QH15");
    }
}
