package org.vanban.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.deadline.TestStructures;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.structure.DocumentStructure;

/**
 * Assignments whose actors the lexicons do not (all) know, in domains beyond the schools of the seeds: health
 * stations, police, culture and finance departments, universities, trade unions and Party committees. The sentences
 * are written for these tests.
 */
class UnfamiliarActorsTest {

    private final RuleAssignmentExtractor extractor = new RuleAssignmentExtractor();
    private final RuleEntityTagger tagger = new RuleEntityTagger();

    private List<Assignment> run(String text, DocumentStructure structure) {
        List<Assignment> as = extractor.extract(text, structure, List.of(), tagger.tag(text, List.<TextSpan>of()));
        for (Assignment a : as) {
            assertThat(text.substring(a.start(), a.end())).isEqualTo(a.surface());
        }
        return as;
    }

    private List<Assignment> plan(String text, String issuer) {
        return run(text, TestStructures.of("KẾ HOẠCH", text, LocalDate.of(2025, 3, 10), null, issuer));
    }

    // ---- role and unit headings ----

    @Test
    void headingsWhoseWordsAreNoKnownPositionNameTheActorOfTheirItems() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n"
                + "1. Trưởng Trạm Y tế\n- Phân bổ vắc xin cho các điểm tiêm; giám sát an toàn tiêm chủng.\n"
                + "2. Điều dưỡng trưởng khoa Nhi:\n- Lập lịch trực Tết, gửi Phòng Tổ chức - Hành chính.\n"
                + "3. Các tổ công đoàn\n- Vận động đoàn viên ủng hộ quỹ Vì người nghèo.\n"
                + "- Tổng hợp danh sách đoàn viên có hoàn cảnh khó khăn.\n";
        assertThat(plan(text, "Bệnh viện Đa khoa Lục Ngạn")).extracting(Assignment::who, Assignment::surface)
                .containsExactly(
                        tuple("Trưởng Trạm Y tế", "Phân bổ vắc xin cho các điểm tiêm; giám sát an toàn tiêm chủng"),
                        tuple("Điều dưỡng trưởng khoa Nhi", "Lập lịch trực Tết, gửi Phòng Tổ chức - Hành chính"),
                        tuple("Các tổ công đoàn", "Vận động đoàn viên ủng hộ quỹ Vì người nghèo"),
                        tuple("Các tổ công đoàn", "Tổng hợp danh sách đoàn viên có hoàn cảnh khó khăn"));
    }

    @Test
    void letteredSubHeadingsAndPlusItemsAreItemsToo() {
        String text = "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Khảo thí và Đảm bảo chất lượng\na) Xây dựng lịch thi, công bố "
                + "trên cổng thông tin đào tạo.\nb) Tổ chức chấm phúc khảo theo quy chế.\n2. Cố vấn học tập\n"
                + "+ Thông báo lịch thi đến từng sinh viên.\n";
        assertThat(plan(text, "Trường Đại học Hồng Đức")).extracting(Assignment::who, Assignment::surface)
                .containsExactly(
                        tuple("Phòng Khảo thí và Đảm bảo chất lượng",
                                "Xây dựng lịch thi, công bố trên cổng thông tin đào tạo"),
                        tuple("Phòng Khảo thí và Đảm bảo chất lượng", "Tổ chức chấm phúc khảo theo quy chế"),
                        tuple("Cố vấn học tập", "Thông báo lịch thi đến từng sinh viên"));
    }

    @Test
    void theItemsOfARequestHeadingAreTheAskedBodys() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở\n- Bảo đảm kinh phí, hậu cần phục vụ Liên hoan.\n"
                + "2. Đề nghị Ủy ban nhân dân các xã, phường:\n- Thành lập đoàn nghệ thuật quần chúng của địa phương.\n"
                + "- Bố trí kinh phí, phương tiện đưa đón diễn viên.\n";
        assertThat(plan(text, "Sở Văn hóa, Thể thao và Du lịch")).extracting(Assignment::who).containsExactly(
                "Văn phòng Sở", "Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường");
    }

    @Test
    void aHeadingsActorOrganisingItsOwnStaffKeepsTheItem() {
        String text = "II. TỔ CHỨC THỰC HIỆN\n2. Các khoa chuyên môn\n- Phân công cán bộ coi thi; bảo đảm đủ cán bộ "
                + "chấm thi.\n- Giao đồng chí Trưởng khoa ký duyệt đề thi.\n";
        assertThat(plan(text, null)).extracting(Assignment::who)
                .containsExactly("Các khoa chuyên môn", "Trưởng khoa");
    }

    @Test
    void aPositionDescribedByARelativeVerbIsOneHeading() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n2. Cán bộ phụ trách công tác dân số:\n"
                + "- Cập nhật biến động dân cư vào phần mềm quản lý dân số.\n";
        assertThat(plan(text, null)).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("Cán bộ phụ trách công tác dân số");
            assertThat(a.surface()).isEqualTo("Cập nhật biến động dân cư vào phần mềm quản lý dân số");
        });
    }

    @Test
    void aHeadingWithoutAHeadWordNamesAnActorAmongActorHeadings() {
        // "Hướng dẫn viên tại điểm di tích" starts with no head word, but its siblings are units
        String text = "IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý di sản\n- Kiểm tra hiện trạng các hiện vật trưng bày.\n"
                + "2. Hướng dẫn viên tại điểm di tích\n- Thuyết minh cho khách tham quan theo nội dung đã duyệt.\n";
        assertThat(plan(text, "Sở Văn hóa, Thể thao và Du lịch")).extracting(Assignment::who)
                .containsExactly("Phòng Quản lý di sản", "Hướng dẫn viên tại điểm di tích");
    }

    @Test
    void topicHeadingsAndHeadingsOutsideTheImplementationPartNameNoActor() {
        String text = "II. NỘI DUNG\n1. Tổ hòa giải ở cơ sở\n- Rà soát các vụ việc mâu thuẫn.\n"
                + "IV. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ Hội Nông dân xã\n- Chỉ đạo các chi hội triển khai.\n"
                + "2. Kinh phí thực hiện\n- Kinh phí do ngân sách xã bảo đảm.\n";
        assertThat(plan(text, null)).extracting(Assignment::who).containsExactly("Ban Thường vụ Hội Nông dân xã");
    }

    @Test
    void theClosingParagraphIsNoItemOfTheLastHeading() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n1. Đội Cảnh sát giao thông\n- Tuần tra, kiểm soát trên quốc lộ 3.\n\n"
                + "Trên đây là Kế hoạch của Công an huyện. Trong quá trình thực hiện, nếu có vướng mắc, báo cáo về "
                + "Công an huyện để chỉ đạo./.\n";
        assertThat(plan(text, "Công an huyện Phú Bình")).singleElement()
                .satisfies(a -> assertThat(a.surface()).isEqualTo("Tuần tra, kiểm soát trên quốc lộ 3"));
    }

    @Test
    void aParagraphAfterAHeadingsItemsThatAssignsByItselfKeepsItsOwnActor() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n1. Nhân viên y tế thôn\n- Theo dõi trẻ sau tiêm tại nhà.\n\n"
                + "Giao đồng chí Lò Thị Mai, Y sĩ, làm đầu mối theo dõi việc thực hiện Kế hoạch.\n";
        assertThat(plan(text, "Trạm Y tế xã Mường Lay")).extracting(Assignment::who)
                .containsExactly("Nhân viên y tế thôn", "Lò Thị Mai");
    }

    @Test
    void anUnknownActorsOwnSentenceInTheImplementationPart() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\nTrưởng Trạm Y tế xây dựng lịch tiêm chủng hằng tháng. "
                + "Các tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng.\n";
        assertThat(plan(text, null)).extracting(Assignment::who)
                .containsExactly("Trưởng Trạm Y tế", "Các tổ công nghệ số cộng đồng");
    }

    // ---- two markers in one sentence ----

    @Test
    void aSecondIntroducerEndsTheFirstTask() {
        String text = "Giao Phòng Văn hóa - Xã hội xây dựng chương trình văn nghệ; đề nghị Hội Cựu chiến "
                + "binh xã phối hợp vận động hội viên tham gia.";
        assertThat(plan(text, null)).extracting(Assignment::who, Assignment::surface).containsExactly(
                tuple("Phòng Văn hóa - Xã hội", "Giao Phòng Văn hóa - Xã hội xây dựng chương trình văn nghệ"),
                tuple("Hội Cựu chiến binh xã",
                        "đề nghị Hội Cựu chiến binh xã phối hợp vận động hội viên tham gia"));
    }

    @Test
    void aPersonWithAMarkerAfterASemicolonIsASecondAssignment() {
        String text = "Giao Văn phòng Đảng ủy theo dõi việc thực hiện; đồng chí Hoàng Văn Sơn, cán bộ "
                + "chuyên trách, chịu trách nhiệm tổng hợp báo cáo.";
        assertThat(plan(text, "Đảng ủy xã Tân Lập")).extracting(Assignment::who, Assignment::surface)
                .containsExactly(
                        tuple("Văn phòng Đảng ủy", "Giao Văn phòng Đảng ủy theo dõi việc thực hiện"),
                        tuple("Hoàng Văn Sơn",
                                "đồng chí Hoàng Văn Sơn, cán bộ chuyên trách, chịu trách nhiệm tổng hợp báo cáo"));
    }

    @Test
    void aResponsibleActorFollowedByAnIntroducer() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n2. Công an xã chịu trách nhiệm bảo đảm an ninh, trật tự tại lễ hội; giao "
                + "Trạm Y tế xã bố trí lực lượng sơ cấp cứu.\n";
        assertThat(plan(text, "Ủy ban nhân dân xã Thanh Sơn")).extracting(Assignment::who, Assignment::surface)
                .containsExactly(
                        tuple("Công an xã", "Công an xã chịu trách nhiệm bảo đảm an ninh, trật tự tại lễ hội"),
                        tuple("Trạm Y tế xã", "giao Trạm Y tế xã bố trí lực lượng sơ cấp cứu"));
    }

    // ---- "X chịu trách nhiệm", body names with commas, lists of groups ----

    @Test
    void theWholeClauseBeforeChiuTrachNhiemIsItsActor() {
        String text = "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý văn hóa và các ông (bà) có tên tại Điều 1 chịu "
                + "trách nhiệm thi hành Quyết định này./.";
        assertThat(run(text, TestStructures.of("QUYẾT ĐỊNH", text, LocalDate.of(2025, 5, 2), null, null)))
                .singleElement().satisfies(a -> {
                    assertThat(a.who()).isEqualTo(
                            "Chánh Văn phòng Sở, Trưởng phòng Quản lý văn hóa và các ông (bà) có tên tại Điều 1");
                    assertThat(a.surface()).endsWith("chịu trách nhiệm thi hành Quyết định này");
                });
    }

    @Test
    void actorsSeparatedBySemicolonsBeforeTheMarkerAreOneList() {
        String text = "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Giám đốc Kho bạc Nhà "
                + "nước khu vực V chịu trách nhiệm thi hành Quyết định này.";
        assertThat(plan(text, null)).singleElement().satisfies(a -> assertThat(a.who()).isEqualTo(
                "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Giám đốc Kho bạc Nhà nước khu vực V"));
    }

    @Test
    void noAssignmentForANegatedOrNounUseOfTheMarker() {
        String text = "Ban tổ chức không chịu trách nhiệm về tài sản cá nhân của vận động viên. Mỗi hoạt động phải có "
                + "người chịu trách nhiệm rõ ràng.";
        assertThat(plan(text, null)).isEmpty();
    }

    @Test
    void aBodyWhoseNameHoldsCommasAfterAnIntroducer() {
        String text = "Đề nghị Bộ Văn hóa, Thể thao và Du lịch quan tâm hỗ trợ kinh phí tu bổ di tích.";
        assertThat(plan(text, null)).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("Bộ Văn hóa, Thể thao và Du lịch");
            assertThat(a.task()).isEqualTo("quan tâm hỗ trợ kinh phí tu bổ di tích");
        });
    }

    @Test
    void aListOfGroupsAfterYeuCau() {
        String text = "Yêu cầu các chi bộ, cơ quan, đoàn thể trong Đảng bộ căn cứ Kế hoạch này xây dựng kế "
                + "hoạch của đơn vị mình.";
        assertThat(plan(text, "Đảng ủy phường Bắc Sơn")).singleElement()
                .satisfies(a -> assertThat(a.who()).isEqualTo("các chi bộ, cơ quan, đoàn thể trong Đảng bộ"));
    }

    // ---- support ----

    @Test
    void aSupporterWithAPlace() {
        String text = "Công an xã chủ trì, phối hợp với Trạm Y tế xã Tân Lập kiểm tra các cơ sở kinh doanh dịch vụ ăn "
                + "uống.";
        assertThat(plan(text, null)).extracting(Assignment::who, Assignment::role).containsExactly(
                tuple("Công an xã", AssignmentRole.LEAD), tuple("Trạm Y tế xã Tân Lập", AssignmentRole.SUPPORT));
    }

    @Test
    void aSupporterWhoseNameHoldsACommaIsNamedWhole() {
        String text = "Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch kiểm tra an ninh tại các lễ hội.";
        assertThat(plan(text, null)).extracting(Assignment::who).containsExactly("Công an tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch");
    }

    // ---- what does not count ----

    @Test
    void pastAccountsPassivesAndEventsAreNoAssignments() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\nNgành Thuế đã tập trung triển khai thu ngân sách. "
                + "Giao cho hội được hưởng chế độ theo quy định. Hội nghị tổng kết tổ chức vào cuối tháng 12.\n";
        assertThat(plan(text, null)).isEmpty();
    }
}
