package org.vanban.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.cite.Citation;
import org.vanban.structure.DocumentStructure;

/**
 * Deadline forms beyond the seeds, in sentences written for these tests (health, culture, finance, university,
 * agriculture, police, Party committees): submission windows, more trigger words, recurrences at the end of a clause,
 * periods opening a clause, recurring and dated limits side by side, and the actor of the deadline's own clause.
 */
class DeadlineFormsTest {

    private final RuleDeadlineExtractor extractor = new RuleDeadlineExtractor();

    private List<Deadline> plan(String text, LocalDate issued, String title) {
        return plan(text, issued, title, List.of());
    }

    private List<Deadline> plan(String text, LocalDate issued, String title, List<Citation> citations) {
        DocumentStructure structure = TestStructures.plan(text, issued, title);
        List<Deadline> ds = extractor.extract(text, structure, citations);
        for (Deadline d : ds) {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(d.surface());
        }
        return ds;
    }

    // ---- windows ----

    @Test
    void theEndOfASubmissionWindowIsDue() {
        String text = "Các khoa nộp hồ sơ đề nghị xét học bổng về Phòng Công tác sinh viên từ ngày 03/10/2022 đến hết "
                + "ngày 12/10/2022.";
        assertThat(plan(text, LocalDate.of(2022, 9, 20), null)).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2022, 10, 12));
            assertThat(d.surface()).endsWith("từ ngày 03/10/2022 đến hết ngày 12/10/2022");
            assertThat(d.who()).isEqualTo("Các khoa");
        });
    }

    @Test
    void aWindowNearItsVerbStartsAtTheVerb() {
        String text = "Hộ kinh doanh kê khai thuế từ ngày 01/12 đến hết ngày 15/12 tại bộ phận một cửa.";
        assertThat(plan(text, LocalDate.of(2024, 11, 20), null)).singleElement().satisfies(d -> {
            assertThat(d.surface()).isEqualTo("kê khai thuế từ ngày 01/12 đến hết ngày 15/12");
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 15));
        });
    }

    @Test
    void aWindowThatOpensAndClosesAtAnHour() {
        String text = "Sinh viên đăng ký thi lại trên cổng thông tin từ 8 giờ ngày 10/12/2024 đến 17 giờ ngày 20/12/2024.";
        assertThat(plan(text, LocalDate.of(2024, 12, 2), null)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 20)));
    }

    @Test
    void aTaskAnActorDoesUntilTheEndOfADayIsDueThen() {
        String text = "Các tổ công đoàn tổ chức hội nghị tổ từ ngày 15/10/2025 đến hết ngày 22/10/2025.\n"
                + "Nghị quyết này có hiệu lực thi hành kể từ ngày ký đến hết ngày 28/02/2027.\n"
                + "Chính sách miễn thị thực được thực hiện từ ngày 01/03/2025 đến hết ngày 31/12/2025.\n";
        assertThat(plan(text, LocalDate.of(2025, 1, 10), null)).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2025, 10, 22));
            assertThat(d.who()).isEqualTo("Các tổ công đoàn");
        });
    }

    @Test
    void schedulesCutOffsAndDataPeriodsAreNoWindows() {
        String text = "1. Thời gian: 02 ngày, từ ngày 22/11/2025 đến hết ngày 23/11/2025.\n"
                + "2. Học sinh nghỉ học từ ngày 27/11/2025 đến hết ngày 28/11/2025.\n"
                + "3. Báo cáo số liệu tính từ ngày 15/11/2025 đến ngày 14/12/2025.\n"
                + "4. Kinh phí được tính đến ngày 31/12/2025.\n";
        assertThat(plan(text, LocalDate.of(2025, 11, 10), null)).isEmpty();
    }

    // ---- trigger words ----

    @Test
    void moreWaysToSayTheLatestDate() {
        String text = "1. Các thôn gửi danh sách đội thi về Nhà văn hóa xã; hạn cuối 16 giờ 30 ngày 14/10.\n"
                + "2. Sinh viên nộp bài thu hoạch, hạn chót là ngày 20/10/2024.\n"
                + "3. Các đơn vị gửi dự toán về Sở Tài chính muộn nhất vào ngày 25/10/2024.\n"
                + "4. Ủy ban nhân dân các xã tổng hợp quyết toán; thời hạn gửi Sở Tài chính là ngày 31/10/2024.\n"
                + "5. Hạn cuối nhận hồ sơ dự thi là 17 giờ ngày 05/11/2024.\n";
        assertThat(plan(text, LocalDate.of(2024, 10, 1), null)).extracting(Deadline::date).containsExactly(
                LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 20), LocalDate.of(2024, 10, 25),
                LocalDate.of(2024, 10, 31), LocalDate.of(2024, 11, 5));
    }

    @Test
    void fromTheEndOfAPeriodIsAnAnchorNotALimit() {
        String text = "Công bố báo cáo tài chính trong thời hạn 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính.";
        assertThat(plan(text, LocalDate.of(2024, 3, 1), "Kế hoạch năm 2024")).extracting(Deadline::date)
                .containsOnlyNulls();
    }

    // ---- recurrences ----

    @Test
    void aRecurrenceAtTheEndOfItsClause() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n- Báo cáo kết quả tiêm chủng về Trung tâm Y tế huyện và Ủy "
                + "ban nhân dân xã hằng tháng.\n- Tổ chức kiểm tra nội bộ hằng năm.\n";
        assertThat(plan(text, LocalDate.of(2024, 3, 4), null)).singleElement().satisfies(d -> {
            assertThat(d.recurrence()).isEqualTo(Recurrence.MONTHLY);
            assertThat(d.date()).isNull();
            assertThat(d.surface()).startsWith("Báo cáo kết quả tiêm chủng").endsWith("hằng tháng");
        });
    }

    @Test
    void aClauseOpenedByADeliveryVerbCarriesItsRecurrence() {
        String text = "- Báo cáo kết quả kiểm tra, giám sát hằng quý về Ủy ban Kiểm tra Đảng ủy.";
        assertThat(plan(text, LocalDate.of(2026, 1, 8), null)).singleElement()
                .satisfies(d -> assertThat(d.recurrence()).isEqualTo(Recurrence.QUARTERLY));
    }

    @Test
    void aRecurrenceBeforeTheActorAndItsVerb() {
        String text = "Định kỳ hằng tháng, các tổ công đoàn báo cáo tình hình đoàn viên về Ban Chấp hành.";
        assertThat(plan(text, LocalDate.of(2025, 10, 10), null)).singleElement().satisfies(d -> {
            assertThat(d.recurrence()).isEqualTo(Recurrence.MONTHLY);
            assertThat(d.who()).isEqualTo("các tổ công đoàn");
        });
    }

    @Test
    void aDatedLimitBesideARecurringOneKeepsItsDate() {
        String text = "Phòng Kinh tế báo cáo tiến độ gieo cấy hằng tháng; nộp báo cáo tổng kết vụ trước "
                + "ngày 15/12/2024.";
        assertThat(plan(text, LocalDate.of(2024, 10, 2), null)).extracting(Deadline::date, Deadline::recurrence)
                .containsExactly(tuple(null, Recurrence.MONTHLY), tuple(LocalDate.of(2024, 12, 15), null));
    }

    @Test
    void aDayFollowedByARecurrenceIsRecurring() {
        String text = "Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11 hằng năm.";
        assertThat(plan(text, LocalDate.of(2025, 6, 3), null)).singleElement().satisfies(d -> {
            assertThat(d.date()).isNull();
            assertThat(d.recurrence()).isEqualTo(Recurrence.YEARLY);
        });
    }

    // ---- periods opening a clause ----

    @Test
    void aPeriodThatOpensAClauseWithItsTask() {
        String text = "II. CHỈ TIÊU\nToàn Đảng bộ phấn đấu kết nạp 25 đảng viên. 6 tháng đầu năm, kết nạp "
                + "ít nhất 10 đảng "
                + "viên.\nIII. NHIỆM VỤ\n1. Quý III, các chi bộ hoàn thành việc rà soát quần chúng ưu tú.\n";
        assertThat(plan(text, LocalDate.of(2025, 12, 10), "Công tác phát triển đảng viên năm 2026"))
                .extracting(Deadline::surface, Deadline::date).containsExactly(
                        tuple("6 tháng đầu năm", LocalDate.of(2026, 6, 30)),
                        tuple("Quý III", LocalDate.of(2026, 9, 30)));
    }

    @Test
    void pastAndHistoricalOpeningPeriodsAreNone() {
        String text = "6 tháng đầu năm, Chi bộ đã kết nạp 03 đảng viên. Tháng 2 năm 1976, hợp tác xã được thành lập.";
        assertThat(plan(text, null, null)).isEmpty();
    }

    // ---- past events, old dates ----

    @Test
    void aPastVerbCountsOnlyInItsOwnClause() {
        String text = "Các sở rà soát danh sách kê khai giá mà các Bộ đã ban hành, gửi Sở Tài chính trước ngày 25/01.";
        assertThat(plan(text, LocalDate.of(2025, 11, 3), null)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 1, 25)));
    }

    @Test
    void anUndatedTextHasNoLimitBeforeTheLawsItCites() {
        String text = "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15; người có thời gian công tác trước ngày 01/01/1995 "
                + "được tính hưởng theo quy định.";
        String surface = "Luật Bảo hiểm xã hội số 41/2024/QH15";
        Citation law = new Citation(surface, text.indexOf(surface), text.indexOf(surface) + surface.length(), "Luật",
                "41/2024/QH15", "41/2024/QH15", "41", 2024, null, null, null, null, List.of());
        assertThat(text.substring(law.start(), law.end())).isEqualTo(law.surface());
        assertThat(plan(text, null, null, List.of(law))).isEmpty();
    }

    // ---- who ----

    @Test
    void theActorOfTheDeadlinesOwnClause() {
        String text = "2. Giải cầu lông nữ: các tổ công đoàn đăng ký vận động viên về Ban Nữ công, hạn chót "
                + "ngày 08/10.\n3. Ban tổ chức thông báo thể lệ, đề nghị các khoa gửi danh sách trước ngày 12/10.\n"
                + "4. Trưởng Trạm Y tế gửi báo cáo tháng trước ngày 25/10.\n";
        assertThat(plan(text, LocalDate.of(2024, 9, 23), null)).extracting(Deadline::who)
                .containsExactly("các tổ công đoàn", "các khoa", "Trưởng Trạm Y tế");
    }
}
