package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vanban.cite.Citing.cite;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.structure.DocumentStructure;

/** What a mention takes from the others around it: coordination, repeated and short references, keys. */
class MentionsInContextTest {

    private final RuleCitationExtractor extractor = new RuleCitationExtractor();

    @Test
    void dateAndIssuerWrittenOnceBelongToCoordinatedSymbolsOfOneBody() {
        List<Citation> found = cite("Thực hiện Quy định số 105-QĐ/TW và Quy định số 80-QĐ/TW, ngày 19/12/2017 "
                + "của Ban Chấp hành Trung ương về công tác cán bộ.");
        assertThat(found).extracting(Citation::canonical, Citation::date, Citation::issuer, Citation::year)
                .containsExactly(
                        tuple("105-QĐ/TW", LocalDate.of(2017, 12, 19), "Ban Chấp hành Trung ương", 2017),
                        tuple("80-QĐ/TW", LocalDate.of(2017, 12, 19), "Ban Chấp hành Trung ương", 2017));
        assertThat(found.get(0).surface()).isEqualTo("Quy định số 105-QĐ/TW");
        assertThat(found).extracting(Citation::name).containsOnly("công tác cán bộ");
    }

    @Test
    void anIssuerDoesNotCrossToASymbolOfAnotherBody() {
        List<Citation> found = cite("Quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 03/NQ-CP của Chính phủ "
                + "về đột phá phát triển khoa học, công nghệ.");
        assertThat(found).extracting(Citation::canonical, Citation::issuer)
                .containsExactly(tuple("57-NQ/TW", null), tuple("03/NQ-CP", "Chính phủ"));
        // The subject written once is the subject of both.
        assertThat(found).extracting(Citation::name).containsOnly("đột phá phát triển khoa học, công nghệ");
    }

    @Test
    void aSymbolListedWithoutItsTypeWordTakesTheTypeBeforeIt() {
        List<Citation> found = cite("Bãi bỏ các Quyết định số 15/2019/QĐ-UBND, 16/2019/QĐ-UBND và số "
                + "20/2019/QĐ-UBND của UBND tỉnh.");
        assertThat(found).extracting(Citation::type).containsOnly("Quyết định");
        assertThat(found).extracting(Citation::canonical)
                .containsExactly("15/2019/QĐ-UBND", "16/2019/QĐ-UBND", "20/2019/QĐ-UBND");
        assertThat(found.get(1).surface()).isEqualTo("16/2019/QĐ-UBND");
    }

    @Test
    void repeatedAndShortReferencesResolveToTheFullMention() {
        List<Citation> found = cite("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ. "
                + "Các đơn vị bám sát Chỉ thị 33/CT-TTg và đánh giá kết quả thực hiện Chỉ thị 33 hằng năm.");
        assertThat(found).extracting(Citation::surface, Citation::canonical, Citation::year, Citation::key)
                .containsExactly(
                        tuple("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ", "33/CT-TTg", 2021,
                                "33/CT-TTg@2021"),
                        tuple("Chỉ thị 33/CT-TTg", "33/CT-TTg", null, "33/CT-TTg@2021"),
                        tuple("Chỉ thị 33", "33/CT-TTg", null, "33/CT-TTg@2021"));
    }

    @Test
    void aShortReferenceWithNothingToResolveToIsNoCitation() {
        assertThat(cite("Nghị quyết 57 đã mở ra một giai đoạn mới.")).isEmpty();
    }

    @Test
    void theSameSymbolOfDifferentYearsGivesDifferentKeys() {
        Citation mass = cite("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về công tác dân vận.")
                .get(0);
        Citation covid = cite("Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về cách ly xã hội.")
                .get(0);
        assertThat(mass.canonical()).isEqualTo(covid.canonical());
        assertThat(mass.key()).isEqualTo("16/CT-TTg@2016");
        assertThat(covid.key()).isEqualTo("16/CT-TTg@2020");
        Citation bare = cite("Tiếp tục thực hiện Chỉ thị số 16/CT-TTg.").get(0);
        assertThat(bare.key()).isEqualTo("16/CT-TTg");
        assertThat(bare.year()).isNull();
    }

    @Test
    void aLaterDatedMentionGivesEarlierBareOnesItsYearWhenItIsTheOnlyOne() {
        List<Citation> found = cite("Chỉ thị số 30-CT/TW và Kết luận số 120-KL/TW của Bộ Chính trị; ... "
                + "Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị về xây dựng quy chế dân chủ.");
        assertThat(found).extracting(Citation::key)
                .containsExactly("30-CT/TW@1998", "120-KL/TW", "30-CT/TW@1998");
        assertThat(found.get(0).issuer()).isEqualTo("Bộ Chính trị");
        assertThat(found.get(0).year()).isNull();
    }

    @Test
    void lawsByName() {
        List<Citation> found = cite("Thực hiện nghiêm Luật Tiếp công dân, Luật khiếu nại, tố cáo, Luật Hộ tịch, "
                + "Công chứng và Hiến pháp năm 2013; tuân thủ pháp luật đất đai.");
        assertThat(found).extracting(Citation::surface, Citation::canonical, Citation::key)
                .containsExactly(
                        tuple("Luật Tiếp công dân", "Luật Tiếp công dân", "Luật Tiếp công dân"),
                        tuple("Luật khiếu nại, tố cáo", "Luật Khiếu nại", "Luật Khiếu nại"),
                        tuple("Luật khiếu nại, tố cáo", "Luật Tố cáo", "Luật Tố cáo"),
                        tuple("Luật Hộ tịch, Công chứng", "Luật Hộ tịch", "Luật Hộ tịch"),
                        tuple("Luật Hộ tịch, Công chứng", "Luật Công chứng", "Luật Công chứng"),
                        tuple("Hiến pháp năm 2013", "Hiến pháp năm 2013", "Hiến pháp năm 2013@2013"));
        assertThat(found).extracting(Citation::symbol, Citation::number, Citation::name).containsOnly(
                tuple(null, null, null));
    }

    @Test
    void aLawByNameAfterItsNumberedMentionSharesItsKey() {
        List<Citation> found = cite("Căn cứ Luật Đất đai số 31/2024/QH15; thực hiện đúng Luật Đất đai khi thu hồi.");
        assertThat(found).extracting(Citation::canonical, Citation::key)
                .containsExactly(tuple("31/2024/QH15", "31/2024/QH15@2024"),
                        tuple("Luật Đất đai", "31/2024/QH15@2024"));
    }

    @Test
    void aDateAfterTheLawsAnAmendingLawNamesIsNotTheirs() {
        List<Citation> found = cite("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư "
                + "và Luật Đấu thầu ngày 29 tháng 11 năm 2024;");
        assertThat(found).extracting(Citation::canonical)
                .containsExactly("Luật Quy hoạch", "Luật Đầu tư", "Luật Đấu thầu");
        assertThat(found).extracting(Citation::date).containsOnlyNulls();
    }

    @Test
    void namedInstruments() {
        List<Citation> found = cite("Quán triệt Nghị quyết Trung ương 8 khóa XIII về chiến lược bảo vệ Tổ quốc; "
                + "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Đề án “Văn hóa công vụ”.");
        assertThat(found).extracting(Citation::type, Citation::canonical).containsExactly(
                tuple("Nghị quyết", "Nghị quyết Trung ương 8 khóa XIII"),
                tuple("Nghị quyết", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII"),
                tuple("Đề án", "Đề án Văn hóa công vụ"));
        assertThat(found.get(0).name()).isEqualTo("chiến lược bảo vệ Tổ quốc");
        assertThat(found.get(1).surface()).isEqualTo("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII");
        assertThat(found.get(2).surface()).isEqualTo("Đề án “Văn hóa công vụ”");
    }

    @Test
    void aCitationInsideAnotherOnesSubjectIsItsOwnMention() {
        List<Citation> found = cite("Kế hoạch số 45-KH/TU ngày 10/3/2022 của Tỉnh ủy về thực hiện Nghị quyết số "
                + "21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về “Tăng cường củng cố tổ chức cơ sở đảng” "
                + "gắn với chỉnh đốn Đảng.");
        assertThat(found).extracting(Citation::canonical).containsExactly("45-KH/TU", "21-NQ/TW");
        assertThat(found.get(0).name()).isEqualTo("thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp "
                + "hành Trung ương về “Tăng cường củng cố tổ chức cơ sở đảng”");
        assertThat(found.get(1).name()).isEqualTo("Tăng cường củng cố tổ chức cơ sở đảng");
    }

    @Test
    void subjects() {
        assertThat(cite("Công văn số 15/SGDĐT-VP ngày 02/01/2024 của Sở GDĐT V/v tổ chức Tết an toàn;").get(0).name())
                .isEqualTo("tổ chức Tết an toàn");
        assertThat(cite("Quyết định số 9/QĐ-UBND ngày 2/1/2024 của UBND huyện ban hành Quy chế làm việc;\n").get(0)
                .name()).isEqualTo("ban hành Quy chế làm việc");
        assertThat(cite("Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII) về đẩy mạnh học tập và làm theo tư tưởng, "
                + "đạo đức, phong cách Hồ Chí Minh; nâng cao ý thức.").get(0).name())
                .isEqualTo("đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        assertThat(cite("Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo, Thông tư ban hành "
                + "về Điều lệ trường trung học;").get(0).name()).isEqualTo("Điều lệ trường trung học");
        assertThat(cite("Kế hoạch số 8/KH-UBND về chuyển đổi số năm 2024,...\n\nNhà trường").get(0).name())
                .isEqualTo("chuyển đổi số năm 2024");
        assertThat(cite("Quyết định số 12/QĐ-UBND về việc ban hành Quy\n\nchế chi tiêu nội bộ; ").get(0).name())
                .isEqualTo("ban hành Quy chế chi tiêu nội bộ");
        assertThat(cite("Quyết định số 12/QĐ-UBND của UBND tỉnh.\n\nII. NỘI DUNG").get(0).name()).isNull();
    }

    @Test
    void theDocumentsOwnNumberIsNoCitation() {
        String text = "KẾ HOẠCH\nSố: 36/KH-THBTD\nThực hiện công tác dân vận\n"
                + "Kế hoạch số 36/KH-THBTD được triển khai đến toàn trường; căn cứ Kế hoạch số 12/KH-PGD.";
        int at = text.indexOf("36/KH-THBTD");
        DocumentStructure s = new DocumentStructure("KẾ HOẠCH", "36/KH-THBTD", new TextSpan(at, at + 11), null, null,
                null, null, null, List.of(), List.of(), new TextSpan(0, text.length()));
        assertThat(extractor.extract(text, s)).extracting(Citation::canonical).containsExactly("12/KH-PGD");
        // Without the structure, the header line is still no citation: "Số:" on a line of its own.
        assertThat(cite(text)).extracting(Citation::canonical).containsExactly("36/KH-THBTD", "12/KH-PGD");
    }

    @Test
    void notCitations() {
        String text = "Kế hoạch này được phổ biến đến toàn thể cán bộ. Báo cáo theo Mẫu số 01/HNCT gửi về trước "
                + "Quý II/2024; liên hệ số điện thoại 0263.3822.123 hoặc 0912-345-678. Ngày 25/11/2021, nhà trường "
                + "triển khai chương trình GDPT 2018 theo mục 2.1 và khoản 3 Điều 5. Thực hiện các văn bản của Tỉnh "
                + "ủy, Quy chế dân chủ ở cơ sở, Quy chế làm việc, quy định về tiếp dân, Chương trình mục tiêu quốc gia "
                + "xây dựng nông thôn mới, Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020 - 2025 và điều lệ đảng; "
                + "Kế hoạch 5 năm 2021-2025.";
        assertThat(cite(text)).isEmpty();
    }

    @Test
    void offsetsAreCharIndicesAndTheSurfaceIsExact() {
        String text = "\uD835\uDC00 Thực hiện Nghị quyết số 08-NQ/TU, ngày 06/12/2021 của Tỉnh ủy;";
        Citation c = cite(text).get(0);
        assertThat(c.start()).isEqualTo(text.indexOf("Nghị quyết"));
        assertThat(c.surface()).isEqualTo("Nghị quyết số 08-NQ/TU, ngày 06/12/2021 của Tỉnh ủy");
    }

    @Test
    void oneExtractorServesManyThreads() {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            texts.add("Căn cứ Nghị định số " + i + "/2020/NĐ-CP ngày 1/" + (1 + i % 12) + "/2020 của Chính phủ về việc "
                    + i + "; Luật khiếu nại, tố cáo; Chỉ thị " + i + "/CT-TTg và Chỉ thị " + i + ".");
        }
        List<List<Citation>> sequential = texts.stream().map(Citing::cite).toList();
        List<List<Citation>> parallel = texts.parallelStream().map(t -> extractor.extract(t,
                DocumentStructure.empty(t.length()))).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.get(0)).hasSize(5);
    }
}
