package org.vanban.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.check.Docs.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.registry.Confidence;

class DefunctUnitTest {

    private final Checker checker = Checker.of(Docs.registry(), Docs.units());

    private List<Finding> check(String text, LocalDate asOf) {
        return checker.check(Docs.text(text).dated(null), asOf);
    }

    private List<String> bodies(String text, LocalDate asOf) {
        return check(text, asOf).stream().filter(f -> f.code() == FindingCode.DEFUNCT_UNIT).map(Finding::surface)
                .toList();
    }

    @Test
    void districtBodiesAfterTheDistrictLevelEnded() {
        String text = "Thực hiện Công văn của Ủy ban nhân dân huyện Tân Hồng về việc báo cáo.";
        assertThat(bodies(text, d("2025-06-30"))).isEmpty();
        List<Finding> findings = check(text, d("2026-01-01"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.surface()).isEqualTo("Ủy ban nhân dân huyện Tân Hồng");
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.surface());
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageVi()).contains("01/07/2025");
            assertThat(f.sources()).containsExactly("https://example.org/luat72");
            assertThat(f.confidence()).isEqualTo(Confidence.SOURCED);
        });
    }

    @Test
    void formsOfDistrictBodies() {
        LocalDate late = d("2026-01-01");
        assertThat(bodies("UBND Huyện ban hành kế hoạch; Phòng Giáo dục và Đào tạo huyện Tân Hồng hướng dẫn; "
                + "HĐND thị xã Ninh Hòa; UBND TP Hạ Long; Ủy ban nhân dân Quận 10 chỉ đạo.", late))
                .containsExactly("UBND Huyện", "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "HĐND thị xã Ninh Hòa",
                        "UBND TP Hạ Long", "Ủy ban nhân dân Quận 10");
    }

    @Test
    void notDistrictBodies() {
        LocalDate late = d("2026-01-01");
        assertThat(bodies("UBND thành phố Hà Nội; UBND Thành phố Hồ Chí Minh; UBND thành phố chỉ đạo; "
                + "công tác phòng chống dịch bệnh huyện Tân Hồng; Hội thi cấp Huyện; UBND tỉnh Lâm Đồng; "
                + "Huyện ủy Tân Hồng; nguyên Chủ tịch UBND huyện Tân Hồng; UBND huyện Tân Hồng (cũ).", late))
                .isEmpty();
    }

    @Test
    void mergedProvinceWithItsSuccessor() {
        String text = "Quyết định số 729/QĐ-UBND ngày 17/5/2018 của UBND tỉnh Đắk Nông; Sở Nội vụ tỉnh Bà Rịa – Vũng Tàu.";
        assertThat(bodies(text, d("2025-05-01"))).isEmpty();
        List<Finding> findings = check(text, d("2025-07-01"));
        assertThat(findings).extracting(Finding::surface)
                .containsExactly("UBND tỉnh Đắk Nông", "Sở Nội vụ tỉnh Bà Rịa – Vũng Tàu");
        assertThat(findings.get(0).suggestion()).isEqualTo("tỉnh Lâm Đồng");
        assertThat(findings.get(0).messageVi()).contains("tỉnh Lâm Đồng");
    }

    @Test
    void unverifiedMergerIsInfoAndSaysSo() {
        assertThat(check("UBND tỉnh Kon Tum chỉ đạo.", d("2026-01-01"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageEn()).contains("Unverified");
        });
    }

    @Test
    void aClaimWithoutAnySourceIsNotAFinding() {
        assertThat(check("UBND tỉnh Long An chỉ đạo.", d("2026-01-01"))).isEmpty();
    }

    @org.junit.jupiter.api.Timeout(20)
    @Test
    void longRepetitiveTextIsHandledQuickly() {
        String text = "Phòng Giáo dục và Đào tạo Sở Nội vụ UBND Ủy ban nhân dân Thanh tra ".repeat(5000)
                + "UBND huyện Tân Hồng";
        // The text ends "… Thanh tra UBND huyện Tân Hồng": one district body, read with the office before it.
        assertThat(bodies(text, d("2026-01-01"))).singleElement()
                .satisfies(b -> assertThat(b).endsWith("UBND huyện Tân Hồng"));
    }

    @Test
    void quan2EndedBeforeTheDistrictLevel() {
        assertThat(check("UBND Quận 2 tổ chức.", d("2022-03-01"))).singleElement().satisfies(f -> {
            assertThat(f.registryKey()).isEqualTo("hcm-quan-2");
            assertThat(f.suggestion()).isEqualTo("thành phố Thủ Đức");
        });
        assertThat(check("UBND Quận 2 tổ chức.", d("2020-12-31"))).isEmpty();
        // By 2026 its successor, a district-level city, is gone too: no suggestion to name it.
        assertThat(check("UBND Quận 2 tổ chức.", d("2026-01-01"))).singleElement().satisfies(f -> {
            assertThat(f.suggestion()).isNull();
            assertThat(f.messageEn()).contains("province and commune levels");
        });
    }
}
