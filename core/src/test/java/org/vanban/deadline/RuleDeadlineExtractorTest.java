package org.vanban.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.cite.Citation;
import org.vanban.structure.DocumentStructure;

class RuleDeadlineExtractorTest {

    private final RuleDeadlineExtractor extractor = new RuleDeadlineExtractor();

    private List<Deadline> plan(String text, LocalDate issued, String title) {
        return extractor.extract(text, TestStructures.plan(text, issued, title), List.of());
    }

    private static void assertSurfaces(String text, List<Deadline> deadlines) {
        for (Deadline d : deadlines) {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(d.surface());
        }
    }

    @Test
    void absoluteDateWithItsDeliveryVerb() {
        String text = "V. TỔ CHỨC THỰC HIỆN\n- Các tổ chuyên môn hoàn thiện báo cáo sơ kết, gửi trước ngày 03/06/2022.\n";
        List<Deadline> ds = plan(text, null, "Kế hoạch năm học");
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("gửi trước ngày 03/06/2022");
            assertThat(d.date()).isEqualTo(LocalDate.of(2022, 6, 3));
            assertThat(d.recurrence()).isNull();
            assertThat(d.who()).isEqualTo("Các tổ chuyên môn");
        });
        assertSurfaces(text, ds);
    }

    @Test
    void dateInWordsAndTheLatestWording() {
        String text = "Các trường gửi hồ sơ về Sở chậm nhất ngày 15 tháng 12 năm 2024.";
        List<Deadline> ds = plan(text, LocalDate.of(2024, 11, 1), null);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("gửi hồ sơ về Sở chậm nhất ngày 15 tháng 12 năm 2024");
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 15));
        });
    }

    @Test
    void hourBeforeTheDateAndYearFromTheDocumentDate() {
        String text = "Đề nghị các đơn vị gửi danh sách trước 17 giờ ngày 20/5 để tổng hợp.";
        List<Deadline> ds = plan(text, LocalDate.of(2024, 4, 10), null);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("gửi danh sách trước 17 giờ ngày 20/5");
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 20));
            assertThat(d.who()).isEqualTo("các đơn vị");
        });
    }

    @Test
    void dayAndMonthTakeTheTitleYearWhenTheDocumentHasNoDate() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n- Các phòng chuyên môn nộp báo cáo năm trước ngày 25 tháng 11 về Văn phòng Sở.";
        List<Deadline> ds = plan(text, null, "Thực hiện quy chế dân chủ năm 2023");
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2023, 11, 25));
            assertThat(d.surface()).isEqualTo("nộp báo cáo năm trước ngày 25 tháng 11");
            assertThat(d.what()).contains("Văn phòng Sở");
        });
    }

    @Test
    void dayAndMonthEarlyInTheYearAfterALateSigningRollForward() {
        String text = "Các xã, phường gửi báo cáo tổng kết trước ngày 15/01.";
        assertThat(plan(text, LocalDate.of(2024, 12, 20), null)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 1, 15)));
    }

    @Test
    void schoolYearPlanPutsAutumnInTheFirstYear() {
        String text = "Giáo viên nộp kế hoạch trước ngày 20/9 và nộp hồ sơ thi đua trước ngày 10/5.";
        List<Deadline> ds = plan(text, null, "Kế hoạch năm học 2024-2025");
        assertThat(ds).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2024, 9, 20), LocalDate.of(2025, 5, 10));
    }

    @Test
    void noYearAnywhereGivesNoDate() {
        String text = "Các lớp nộp sổ trước ngày 20/5.";
        assertThat(plan(text, null, "Kế hoạch kiểm tra nội bộ")).singleElement()
                .satisfies(d -> assertThat(d.date()).isNull());
    }

    @Test
    void tasksUnderQuarterHeadingsTakeTheQuarterEnd() {
        String text = "III. NHIỆM VỤ CỤ THỂ\n1. Quý I\n- Ban hành kế hoạch kiểm tra.\n"
                + "- Các đơn vị trực thuộc xây dựng kế hoạch năm 2025.\n2. Quý II\n"
                + "- Các đơn vị báo cáo 06 tháng đầu năm.\n";
        List<Deadline> ds = plan(text, LocalDate.of(2024, 12, 30), "Kế hoạch công tác năm 2025");
        assertThat(ds).extracting(Deadline::surface).containsExactly("Ban hành kế hoạch kiểm tra.",
                "Các đơn vị trực thuộc xây dựng kế hoạch năm 2025.", "Các đơn vị báo cáo 06 tháng đầu năm.");
        assertThat(ds).extracting(Deadline::date).containsExactly(LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30));
        assertThat(ds).extracting(Deadline::who).containsExactly(null, "Các đơn vị trực thuộc", "Các đơn vị");
        assertSurfaces(text, ds);
    }

    @Test
    void itemsUnderAMonthBulletTakeTheMonthEnd() {
        String text = "III. LỊCH CÔNG TÁC\n- Tháng 9/2024:\n+ Tổ chức khai giảng năm học mới.\n"
                + "+ Kiện toàn các tổ chuyên môn.\n- Tháng 10/2024:\n+ Hội thi giáo viên dạy giỏi cấp trường.\n";
        List<Deadline> ds = plan(text, LocalDate.of(2024, 8, 20), "Kế hoạch năm học 2024-2025");
        assertThat(ds).extracting(Deadline::date).containsExactly(LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 31));
    }

    @Test
    void periodsAfterATrigger() {
        String text = "Các trường hoàn thành trong tháng 9/2024 việc rà soát. Các phòng gửi báo cáo trước Quý II. "
                + "Hoàn thành việc sơ kết chậm nhất 06 tháng đầu năm. Các đơn vị nộp báo cáo tổng kết trước cuối năm.";
        List<Deadline> ds = plan(text, LocalDate.of(2024, 1, 5), null);
        assertThat(ds).extracting(Deadline::date).containsExactly(LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
    }

    @Test
    void beforeAYearMeansByTheEndOfThePreviousOne() {
        String text = "Phấn đấu hoàn thành việc chuyển đổi số trước năm 2030.";
        assertThat(plan(text, LocalDate.of(2024, 1, 5), null)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2029, 12, 31)));
    }

    @Test
    void relativeLimitWithItsAnchor() {
        String text = "Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ hợp lệ, Sở Nội vụ có trách nhiệm thẩm định.";
        List<Deadline> ds = plan(text, LocalDate.of(2025, 3, 1), null);
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ hợp lệ");
            assertThat(d.date()).isNull();
            assertThat(d.recurrence()).isNull();
        });
    }

    @Test
    void relativeLimitFromTheSigningDateIsComputed() {
        String text = "Các sở gửi ý kiến trong thời hạn 10 ngày kể từ ngày ký văn bản này.";
        assertThat(plan(text, LocalDate.of(2025, 3, 1), null)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 11)));
    }

    @Test
    void recurringReports() {
        String text = "V. TIẾN ĐỘ THỰC HIỆN:\n- Định kỳ hàng quý báo cáo kết quả thực hiện về hiệu trưởng nhà trường.\n"
                + "- Các tổ trưởng hằng tháng gửi báo cáo về Ban Giám hiệu.\n";
        List<Deadline> ds = plan(text, LocalDate.of(2020, 4, 23), null);
        assertThat(ds).extracting(Deadline::surface).containsExactly("Định kỳ hàng quý báo cáo",
                "hằng tháng gửi báo cáo");
        assertThat(ds).extracting(Deadline::recurrence).containsExactly(Recurrence.QUARTERLY, Recurrence.MONTHLY);
        assertThat(ds).extracting(Deadline::date).containsOnlyNulls();
        assertThat(ds.get(0).what()).isEqualTo("báo cáo kết quả thực hiện về hiệu trưởng nhà trường");
        assertThat(ds.get(0).who()).isNull();
        assertThat(ds.get(1).who()).isEqualTo("Các tổ trưởng");
    }

    @Test
    void halfYearlyAndYearEndWithAVagueLimitIsOneDeadline() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n- Giao Văn phòng Sở tổng hợp kết quả định kỳ 6 tháng và cuối năm báo cáo "
                + "đúng thời gian quy định.\n";
        List<Deadline> ds = plan(text, null, "Kế hoạch năm 2023");
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("định kỳ 6 tháng và cuối năm báo cáo đúng thời gian quy định");
            assertThat(d.recurrence()).isEqualTo(Recurrence.HALF_YEARLY);
            assertThat(d.date()).isNull();
            assertThat(d.who()).isEqualTo("Văn phòng Sở");
        });
    }

    @Test
    void vagueLimitAfterADeliveryVerb() {
        String text = "Báo cáo kết quả sơ kết, tổng kết về Phòng Nội vụ đúng thời gian quy định.";
        assertThat(plan(text, null, null)).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("đúng thời gian quy định");
            assertThat(d.date()).isNull();
            assertThat(d.recurrence()).isNull();
            assertThat(d.what()).isEqualTo("Báo cáo kết quả sơ kết, tổng kết về Phòng Nội vụ");
        });
    }

    @Test
    void whoComesFromTheParentItemAndTheRecipientFromTheText() {
        String text = "V. TỔ CHỨC THỰC HIỆN\n- Đồng chí Phó Hiệu trưởng theo dõi, tổng hợp, xây dựng báo cáo định kỳ "
                + "về Phòng GD&ĐT. Định kỳ báo cáo như sau:\n+ Báo cáo sơ kết (06 tháng đầu năm) gửi trước ngày "
                + "03/06/2022.\n+ Báo cáo tổng kết năm gửi trước ngày 05/11/2022.\n";
        List<Deadline> ds = plan(text, null, "Thực hiện công tác dân vận năm 2022");
        assertThat(ds).extracting(Deadline::who).containsExactly("Phó Hiệu trưởng", "Phó Hiệu trưởng");
        assertThat(ds.get(0).what()).isEqualTo("Báo cáo sơ kết (06 tháng đầu năm) (gửi về Phòng GD&ĐT)");
        assertThat(ds).extracting(Deadline::surface).containsExactly("gửi trước ngày 03/06/2022",
                "gửi trước ngày 05/11/2022");
    }

    @Test
    void datesInsideCitationsAreNeverDeadlines() {
        String text = "Thực hiện Công văn số 15/SGDĐT ngày 02/01/2025 về việc nộp hồ sơ trước ngày 20/01/2025 của "
                + "Sở Giáo dục và Đào tạo, các trường nộp hồ sơ trước ngày 25/01/2025.";
        Citation cited = TestStructures.citation(text,
                "Công văn số 15/SGDĐT ngày 02/01/2025 về việc nộp hồ sơ trước ngày 20/01/2025 của Sở Giáo dục và Đào tạo");
        DocumentStructure structure = TestStructures.plan(text, LocalDate.of(2025, 1, 5), null);
        List<Deadline> ds = extractor.extract(text, structure, List.of(cited));
        assertThat(ds).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 1, 25)));
    }

    @Test
    void pastEventsAreNotDeadlines() {
        String text = "Ngày 15/3/2024 nhà trường đã tổ chức hội nghị. Nhà trường đã hoàn thành báo cáo trước ngày "
                + "20/3/2024. Các lớp đã nộp sổ chậm nhất ngày 25/3.";
        assertThat(plan(text, LocalDate.of(2024, 5, 31), null)).isEmpty();
    }

    @Test
    void datesBeforeTheDocumentWasSignedAreNotDeadlines() {
        String text = "Áp dụng cho cán bộ nghỉ hưu trước ngày 01/7/2025.";
        assertThat(plan(text, LocalDate.of(2025, 11, 20), null)).isEmpty();
    }

    @Test
    void habitsInTheAccountPartOfAReportAreNotDeadlines() {
        String text = "I. KẾT QUẢ THỰC HIỆN\n- Hàng năm, tổ chức kiểm tra nội bộ.\n- Chi bộ mỗi tháng sinh hoạt một kỳ, "
                + "báo cáo hằng tháng về Đảng ủy trước ngày 25.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ\n"
                + "- Các tổ gửi báo cáo trước ngày 15/12/2024.\n";
        DocumentStructure report = TestStructures.of("BÁO CÁO", text, LocalDate.of(2024, 5, 31), null, null);
        List<Deadline> ds = extractor.extract(text, report, List.of());
        assertThat(ds).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 15)));
    }

    @Test
    void datesInTheTitleAreNotDeadlines() {
        String text = "KẾ HOẠCH\nTổ chức hội nghị hoàn thành trước ngày 30/12/2024\nI. NỘI DUNG\n- Chuẩn bị tài liệu.\n";
        DocumentStructure s = TestStructures.plan(text, LocalDate.of(2024, 12, 1),
                "Tổ chức hội nghị hoàn thành trước ngày 30/12/2024");
        assertThat(extractor.extract(text, s, List.of())).isEmpty();
    }

    @Test
    void aDateWithoutATriggerIsNotADeadline() {
        String text = "Căn cứ tình hình thực tế ngày 12/3/2025, Sở tổ chức hội nghị vào ngày 20/3/2025 tại hội trường.";
        assertThat(plan(text, LocalDate.of(2025, 3, 1), null)).isEmpty();
    }

    @Test
    void aQuotedNameIsNotADeadline() {
        String text = "Yêu cầu giáo viên đăng ký điển hình \"Dân vận khéo trong năm 2025\".";
        assertThat(plan(text, LocalDate.of(2025, 1, 6), null)).isEmpty();
    }

    @Test
    void aRecurringLimitThatNamesADayHasNoSingleDate() {
        String text = "Định kỳ hàng năm, các đơn vị báo cáo kết quả trước ngày 30 tháng 10. Các trường gửi báo cáo "
                + "hằng tháng, trước ngày 25.";
        List<Deadline> ds = plan(text, LocalDate.of(2025, 3, 1), null);
        assertThat(ds).extracting(Deadline::recurrence).containsExactly(Recurrence.YEARLY, Recurrence.MONTHLY);
        assertThat(ds).extracting(Deadline::date).containsOnlyNulls();
        assertThat(ds.get(1).surface()).isEqualTo("gửi báo cáo hằng tháng, trước ngày 25");
    }

    @Test
    void aProgrammeIsNotADeliveryVerb() {
        String text = "Xây dựng chương trình hoạt động hằng năm của Hội đồng.";
        assertThat(plan(text, LocalDate.of(2025, 3, 1), null)).isEmpty();
    }
}
