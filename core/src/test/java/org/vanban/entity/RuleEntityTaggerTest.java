package org.vanban.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.normalize.SyllableKey;

class RuleEntityTaggerTest {

    private final RuleEntityTagger tagger = new RuleEntityTagger();

    private List<Entity> tag(String text) {
        List<Entity> es = tagger.tag(text, List.of());
        for (Entity e : es) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        return es;
    }

    @Test
    void contactWithPersonRoleAndOrganisation() {
        assertThat(tag("Báo cáo gửi về Phòng Giáo dục và Đào tạo (ông Tạ Hữu Ninh - Chuyên viên Phòng Giáo dục và Đào "
                + "tạo) để tổng hợp."))
                .extracting(Entity::text, Entity::kind).containsExactly(
                        tuple("Phòng Giáo dục và Đào tạo", EntityKind.ORGANIZATION),
                        tuple("Tạ Hữu Ninh", EntityKind.PERSON),
                        tuple("Chuyên viên", EntityKind.ROLE),
                        tuple("Phòng Giáo dục và Đào tạo", EntityKind.ORGANIZATION));
    }

    @Test
    void aNameWithACommaInsideItIsOneOrganisation() {
        assertThat(tag("Đề nghị Sở Văn hóa, Thể thao và Du lịch, Sở Y tế và Phòng Kinh tế, Hạ tầng và Đô thị phối hợp."))
                .extracting(Entity::text).containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế",
                        "Phòng Kinh tế, Hạ tầng và Đô thị");
        assertThat(tag("Giao Sở Nội vụ, Sở Tài chính và Sở Y tế thực hiện.")).extracting(Entity::text)
                .containsExactly("Sở Nội vụ", "Sở Tài chính", "Sở Y tế");
    }

    @Test
    void headerLinesAreSeparateNamesAndTheMottoIsTheState() {
        assertThat(tag("SỞ Y TẾ TỈNH NGHỆ AN\nTRUNG TÂM Y TẾ QUỲNH LƯU\n\nSố: 15/KH-TTYT\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"))
                .extracting(Entity::text, Entity::kind).contains(
                        tuple("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", EntityKind.LOCATION))
                .noneMatch(t -> t.toList().get(0).toString().contains("\n"));
        // Inside running text a single line break may be a wrapped line: the name goes on.
        assertThat(tag("Báo cáo gửi Sở Giáo dục và\nĐào tạo trước ngày 15/12."))
                .extracting(Entity::text).containsExactly("Sở Giáo dục và\nĐào tạo");
    }

    @Test
    void organisationsWithPlacesAndLowerCaseSyllables() {
        assertThat(tag("Giao Phòng Tổ chức hành chính xây dựng kế hoạch; UBND tỉnh Lâm Đồng và Sở Nội vụ phối hợp; "
                + "trường THCS Hồng Hải thực hiện."))
                .extracting(Entity::text).containsExactly("Phòng Tổ chức hành chính", "UBND tỉnh Lâm Đồng",
                        "Sở Nội vụ", "trường THCS Hồng Hải");
    }

    @Test
    void verbsThatLookLikeUnitsAreNotOrganisations() {
        assertThat(tag("Tổ chức quán triệt kế hoạch. Ban hành quy chế. Đoàn kết nội bộ.")).isEmpty();
    }

    @Test
    void signerInCapitalsAndPersonsAfterHonorifics() {
        assertThat(tag("HIỆU TRƯỞNG\n(Đã ký)\nTHÁI THỊ PHƯỢNG\n"))
                .extracting(Entity::text, Entity::kind).containsExactly(tuple("HIỆU TRƯỞNG", EntityKind.ROLE),
                        tuple("THÁI THỊ PHƯỢNG", EntityKind.PERSON));
        assertThat(tag("Phân công đồng chí Trần Thị Mai Loan tham mưu; bà Ksor H Bia phụ trách."))
                .extracting(Entity::text).containsExactly("Trần Thị Mai Loan", "Ksor H Bia");
    }

    @Test
    void placesBeatSurnames() {
        assertThat(tag("Công tác tại Hà Nội và Lâm Đồng; học tập tư tưởng Hồ Chí Minh."))
                .extracting(Entity::text, Entity::kind).containsExactly(tuple("Hà Nội", EntityKind.LOCATION),
                        tuple("Lâm Đồng", EntityKind.LOCATION), tuple("Hồ Chí Minh", EntityKind.PERSON));
    }

    @Test
    void datelinePlaceAndAdministrativeUnits() {
        assertThat(tag("Bình Trung Đông, ngày 23 tháng 4 năm 2020\nỦy ban nhân dân huyện Tân Hồng; Quận 2."))
                .extracting(Entity::text, Entity::kind).containsExactly(
                        tuple("Bình Trung Đông", EntityKind.LOCATION),
                        tuple("Ủy ban nhân dân huyện Tân Hồng", EntityKind.ORGANIZATION),
                        tuple("Quận 2", EntityKind.LOCATION));
    }

    @Test
    void rolesWrittenInLowerCaseOnlyWhenUnambiguous() {
        assertThat(tag("báo cáo về hiệu trưởng nhà trường; làm tốt công tác kế toán; Kế toán lập dự toán."))
                .extracting(Entity::text, Entity::kind).containsExactly(tuple("hiệu trưởng", EntityKind.ROLE),
                        tuple("Kế toán", EntityKind.ROLE));
    }

    @Test
    void nothingInsideProtectedSpans() {
        String text = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở Nội vụ hướng dẫn.";
        int end = text.indexOf(", Sở");
        List<Entity> es = tagger.tag(text, List.of(new TextSpan(text.indexOf("Chỉ thị"), end)));
        assertThat(es).extracting(Entity::text).containsExactly("Sở Nội vụ");
    }

    @Test
    void toneMarkPlacementDoesNotMatter() {
        assertThat(tag("Phòng Văn hoá và Thông tin; Phòng Văn hóa và Thông tin")).hasSize(2);
        assertThat(SyllableKey.of("hoá")).isEqualTo(SyllableKey.of("hóa")).isNotEqualTo(SyllableKey.of("hoa"));
    }
}
