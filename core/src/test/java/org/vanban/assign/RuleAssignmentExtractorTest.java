package org.vanban.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.deadline.TestStructures;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.structure.DocumentStructure;

class RuleAssignmentExtractorTest {

    private final RuleAssignmentExtractor extractor = new RuleAssignmentExtractor();
    private final RuleEntityTagger tagger = new RuleEntityTagger();

    private List<Assignment> run(String text, DocumentStructure structure) {
        List<Assignment> as = extractor.extract(text, structure, List.of(), tagger.tag(text, List.<TextSpan>of()));
        for (Assignment a : as) {
            assertThat(text.substring(a.start(), a.end())).isEqualTo(a.surface());
        }
        return as;
    }

    private List<Assignment> plan(String text) {
        return run(text, TestStructures.of("KẾ HOẠCH", text, LocalDate.of(2024, 9, 1), null, "Trường THCS Hồng Hải"));
    }

    @Test
    void giaoNamesTheUnitAndTheTask() {
        List<Assignment> as = plan("II. NỘI DUNG\n2. Giao Phòng Tổ chức hành chính xây dựng kế hoạch kiểm tra, "
                + "tổng hợp kết quả thực hiện.\n");
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("Phòng Tổ chức hành chính");
            assertThat(a.task()).isEqualTo("xây dựng kế hoạch kiểm tra, tổng hợp kết quả thực hiện");
            assertThat(a.role()).isEqualTo(AssignmentRole.LEAD);
            assertThat(a.surface()).startsWith("Giao Phòng").endsWith("kết quả thực hiện");
        });
    }

    @Test
    void phanCongSplitsBetweenTwoNamedPeople() {
        List<Assignment> as = plan("IV. GIẢI PHÁP\n2. Phân công đồng chí Hiệu trưởng phụ trách trực tiếp công tác dân "
                + "vận và đồng chí Trần Thị Mai Loan tham mưu công tác dân vận của nhà trường.\n");
        assertThat(as).extracting(Assignment::who).containsExactly("Hiệu trưởng", "Trần Thị Mai Loan");
        assertThat(as).extracting(Assignment::surface).containsExactly(
                "Phân công đồng chí Hiệu trưởng phụ trách trực tiếp công tác dân vận",
                "đồng chí Trần Thị Mai Loan tham mưu công tác dân vận của nhà trường");
    }

    @Test
    void requestsAnywhere() {
        List<Assignment> as = plan("I. MỤC ĐÍCH\nYêu cầu các tổ chuyên môn nghiêm túc triển khai thực hiện. "
                + "Đề nghị Ban đại diện cha mẹ học sinh phối hợp tuyên truyền./.");
        assertThat(as).extracting(Assignment::who).containsExactly("các tổ chuyên môn",
                "Ban đại diện cha mẹ học sinh");
        assertThat(as.get(1).surface()).isEqualTo("Đề nghị Ban đại diện cha mẹ học sinh phối hợp tuyên truyền");
    }

    @Test
    void chiuTrachNhiemAndLeadWithSupport() {
        List<Assignment> as = plan("Điều 3. Chánh Văn phòng, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này. "
                + "Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng và các bộ, ngành liên quan rà soát đề xuất.");
        assertThat(as).extracting(Assignment::who, Assignment::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Chánh Văn phòng, Giám đốc Sở Nội vụ", AssignmentRole.LEAD),
                org.assertj.core.groups.Tuple.tuple("Bộ Tài chính", AssignmentRole.LEAD),
                org.assertj.core.groups.Tuple.tuple("Bộ Xây dựng và các bộ, ngành liên quan",
                        AssignmentRole.SUPPORT));
        // lead and support share the surface, lead first
        assertThat(as.get(2).surface()).isEqualTo(as.get(1).surface())
                .isEqualTo("Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng và các bộ, ngành liên quan rà soát đề xuất");
    }

    @Test
    void actorSentencesCountOnlyInTheImplementationPart() {
        String text = "II. NHIỆM VỤ\n- Giáo viên chủ nhiệm xây dựng kế hoạch chủ nhiệm.\n"
                + "V. TỔ CHỨC THỰC HIỆN\n- Hiệu trưởng xây dựng Kế hoạch và tổ chức thực hiện.\n"
                + "- Đồng chí Chủ tịch Công đoàn bổ sung tài liệu vào tủ sách pháp luật.\n"
                + "- Tổ chức quán triệt kế hoạch đến toàn thể cán bộ.\n";
        List<Assignment> as = plan(text);
        assertThat(as).extracting(Assignment::who).containsExactly("Hiệu trưởng", "Chủ tịch Công đoàn");
        assertThat(as.get(1).surface()).startsWith("Đồng chí Chủ tịch Công đoàn bổ sung");
    }

    @Test
    void itemsUnderARoleHeading() {
        String text = "IV. TỔ CHỨC THỰC HIỆN:\n1. Lãnh đạo nhà trường:\n- Xây dựng kế hoạch và triển khai đến Hội đồng "
                + "sư phạm.\n- Thường xuyên kiểm tra, giám sát.\n2. Các bộ phận trong nhà trường:\n"
                + "- Tổ chức thực hiện kế hoạch.\n";
        List<Assignment> as = plan(text);
        assertThat(as).extracting(Assignment::who).containsExactly("Lãnh đạo nhà trường", "Lãnh đạo nhà trường",
                "Các bộ phận trong nhà trường");
        assertThat(as).extracting(Assignment::surface).containsExactly(
                "Xây dựng kế hoạch và triển khai đến Hội đồng sư phạm", "Thường xuyên kiểm tra, giám sát",
                "Tổ chức thực hiện kế hoạch");
    }

    @Test
    void aUnitHeadingWithLeadAndSupportItems() {
        String text = "III. PHÂN CÔNG NHIỆM VỤ\n1. Công an tỉnh\n- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan "
                + "tham mưu kiện toàn Ban Chỉ đạo.\n";
        List<Assignment> as = plan(text);
        assertThat(as).extracting(Assignment::who, Assignment::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Công an tỉnh", AssignmentRole.LEAD),
                org.assertj.core.groups.Tuple.tuple("các cơ quan, đơn vị có liên quan", AssignmentRole.SUPPORT));
    }

    @Test
    void subjectAfterAPreamble() {
        String text = "V. TỔ CHỨC THỰC HIỆN\n- Căn cứ vào kế hoạch của nhà trường, cán bộ, giáo viên, nhân viên trong "
                + "nhà trường theo nhiệm vụ được phân công triển khai thực hiện tốt các nội dung.\n";
        assertThat(plan(text)).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("cán bộ, giáo viên, nhân viên trong nhà trường");
            assertThat(a.surface()).startsWith("cán bộ, giáo viên");
        });
    }

    @Test
    void whoIsTheOneAskedNotTheOneAsking() {
        String text = "V. TIẾN ĐỘ THỰC HIỆN\nHiệu trưởng Trường Tiểu học Bình An đề nghị các bộ phận đoàn thể và tổ "
                + "chuyên môn triển khai thực hiện./.";
        assertThat(plan(text)).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("các bộ phận đoàn thể và tổ chuyên môn");
            assertThat(a.surface()).isEqualTo("đề nghị các bộ phận đoàn thể và tổ chuyên môn triển khai thực hiện");
        });
    }

    @Test
    void theIssuerDescribingItsOwnWorkIsNoAssignment() {
        String text = "V. TỔ CHỨC THỰC HIỆN\n- Nhà trường xây dựng kế hoạch triển khai; phân công lãnh đạo phụ trách.\n"
                + "- Trường THCS Hồng Hải tổ chức hội nghị cán bộ.\n";
        assertThat(plan(text)).isEmpty();
    }

    @Test
    void nounsAndPassivesAreNotIntroducers() {
        String text = "V. TỔ CHỨC THỰC HIỆN\n- Hoàn thành nhiệm vụ được giao theo yêu cầu của cấp trên, đáp ứng yêu cầu "
                + "đổi mới.\n- Theo đề nghị của Giám đốc Sở Nội vụ.\n";
        assertThat(plan(text)).isEmpty();
    }

    @Test
    void aReportsAccountIsNoAssignment() {
        String text = "III. KẾT QUẢ THỰC HIỆN\nNgười đứng đầu phải chịu trách nhiệm về hiệu quả công tác dân vận. "
                + "Giao tổ chuyên môn đã hoàn thành kế hoạch.\nVI. NHIỆM VỤ, GIẢI PHÁP\n"
                + "Đề nghị các tổ chuyên môn tiếp tục đổi mới phương pháp.\n";
        DocumentStructure report = TestStructures.of("BÁO CÁO", text, LocalDate.of(2024, 5, 31), null, null);
        assertThat(run(text, report)).singleElement()
                .satisfies(a -> assertThat(a.who()).isEqualTo("các tổ chuyên môn"));
    }

    @Test
    void aTableHeaderIsNoTask() {
        String text = "III. PHÂN CÔNG NHIỆM VỤ\n| Nội dung | Cơ quan chủ trì | Thời gian |\n**Cơ quan chủ trì**\n\n"
                + "**Đơn vị phối hợp**\n";
        assertThat(plan(text)).isEmpty();
    }
}
