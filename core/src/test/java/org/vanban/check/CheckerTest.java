package org.vanban.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.check.Docs.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.registry.Confidence;

class CheckerTest {

    private final Checker checker = Checker.of(Docs.registry(), Docs.units());

    private static List<Finding> of(List<Finding> findings, FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    private static final String TT36 = "Căn cứ Thông tư số 36/2017/TT-BGDĐT ngày 28/12/2017 của Bộ Giáo dục và Đào tạo;";

    private AnalyzedDocument tt36() {
        return Docs.text(TT36).cite("Thông tư số 36/2017/TT-BGDĐT ngày 28/12/2017 của Bộ Giáo dục và Đào tạo",
                "Thông tư", "36/2017/TT-BGDĐT", "36/2017/TT-BGDĐT", d("2017-12-28"), "Bộ Giáo dục và Đào tạo")
                .dated(null);
    }

    @Test
    void supersededOnlyOnceTheReplacementExists() {
        assertThat(checker.check(tt36(), d("2023-06-30"))).isEmpty();
        List<Finding> later = checker.check(tt36(), d("2026-01-01"));
        assertThat(later).hasSize(1);
        Finding f = later.get(0);
        assertThat(f.code()).isEqualTo(FindingCode.SUPERSEDED);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageVi()).contains("09/2024/TT-BGDĐT").contains("03/06/2024");
        assertThat(f.messageEn()).contains("replaced by Thông tư 09/2024/TT-BGDĐT");
        assertThat(f.suggestion()).isEqualTo("Thông tư 09/2024/TT-BGDĐT");
        assertThat(f.sources()).containsExactly("https://example.org/tt09-replaces-tt36");
        assertThat(f.confidence()).isEqualTo(Confidence.SOURCED);
        assertThat(TT36.substring(f.start(), f.end())).isEqualTo(f.surface()).startsWith("Thông tư số 36");
    }

    @Test
    void replacementOnlyJustIssuedIsAWarning() {
        // The replacing circular's effective date is not recorded: within 60 days of its issue the finding is lower.
        assertThat(checker.check(tt36(), d("2024-06-10"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void unverifiedReplacementIsLowerAndSaysSo() {
        AnalyzedDocument doc = Docs.text("Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 của Thủ tướng Chính phủ")
                .cite("Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 của Thủ tướng Chính phủ", "Chỉ thị", "16/CT-TTg",
                        "16/CT-TTg", d("2016-05-16"), "Thủ tướng Chính phủ").dated(d("2022-02-08"));
        Finding f = of(checker.check(doc), FindingCode.SUPERSEDED).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(f.messageEn()).contains("Unverified");
        assertThat(f.messageVi()).contains("Chưa kiểm chứng");
    }

    @Test
    void symbolWithoutYearIsAmbiguousWhenTheRegistryHasSeveral() {
        AnalyzedDocument doc = Docs.text("Thực hiện Chỉ thị 16/CT-TTg về công tác dân vận.")
                .cite("Chỉ thị 16/CT-TTg", "Chỉ thị", "16/CT-TTg", "16/CT-TTg", null, null).dated(d("2026-01-05"));
        List<Finding> findings = checker.check(doc);
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.AMBIGUOUS);
        assertThat(findings.get(0).messageEn()).contains("2016").contains("2020");
    }

    @Test
    void yearOfAnotherMentionResolvesALaterBareMention() {
        String text = "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ ... tiếp tục thực hiện Chỉ thị 33/CT-TTg.";
        AnalyzedDocument doc = Docs.text(text)
                .cite("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ", "Chỉ thị", "33/CT-TTg",
                        "33/CT-TTg", d("2021-11-26"), "Thủ tướng Chính phủ")
                .cite("Chỉ thị 33/CT-TTg", "Chỉ thị", "33/CT-TTg", "33/CT-TTg", null, null).dated(d("2024-05-31"));
        assertThat(checker.check(doc)).isEmpty();
    }

    @Test
    void malformedSymbolFromTheExtractorsRepair() {
        AnalyzedDocument doc = Docs.text("Chỉ thị số 33/CTTTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ")
                .cite("Chỉ thị số 33/CTTTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ", "Chỉ thị", "33/CTTTg",
                        "33/CT-TTg", d("2021-11-26"), "Thủ tướng Chính phủ", "33/CTTTg → 33/CT-TTg: missing hyphen")
                .dated(d("2024-05-31"));
        assertThat(checker.check(doc)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.MALFORMED_SYMBOL);
            assertThat(f.suggestion()).isEqualTo("33/CT-TTg");
            assertThat(f.messageVi()).contains("33/CTTTg").contains("33/CT-TTg").contains("missing hyphen");
        });
    }

    @Test
    void registrySpellingRepairsPartyRegulationCode() {
        AnalyzedDocument doc = Docs.text("Quy định số 11-QĐ/TW ngày 18/02/2019 của Bộ Chính trị")
                .cite("Quy định số 11-QĐ/TW ngày 18/02/2019 của Bộ Chính trị", "Quy định", "11-QĐ/TW", "11-QĐ/TW",
                        d("2019-02-18"), "Bộ Chính trị").dated(d("2022-01-01"));
        assertThat(checker.check(doc)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.MALFORMED_SYMBOL);
            assertThat(f.suggestion()).isEqualTo("11-QĐi/TW");
            assertThat(f.registryKey()).isEqualTo("11-QĐi/TW@2019");
        });
    }

    @Test
    void dateAndIssuerMismatchGiveTheRegistryValue() {
        AnalyzedDocument doc = Docs.text("Nghị quyết số 25-NQ/TW, ngày 03/7/2013 của Ban Bí thư Trung ương Đảng")
                .cite("Nghị quyết số 25-NQ/TW, ngày 03/7/2013 của Ban Bí thư Trung ương Đảng", "Nghị quyết", "25-NQ/TW",
                        "25-NQ/TW", d("2013-07-03"), "Ban Bí thư Trung ương Đảng").dated(d("2023-01-01"));
        List<Finding> findings = checker.check(doc);
        assertThat(findings).extracting(Finding::code)
                .containsExactlyInAnyOrder(FindingCode.DATE_MISMATCH, FindingCode.ISSUER_MISMATCH);
        Finding date = of(findings, FindingCode.DATE_MISMATCH).get(0);
        assertThat(date.messageVi()).contains("03/06/2013");
        // The entry is unverified: both findings are one step lower and say so.
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageEn()).contains("Unverified");
        });
        assertThat(of(findings, FindingCode.ISSUER_MISMATCH).get(0).suggestion()).isEqualTo("Ban Chấp hành Trung ương");
    }

    @Test
    void issuerSpellingVariantsAreNotMismatches() {
        AnalyzedDocument doc = Docs.text("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tường Chính phủ; "
                + "Nghị quyết 25-NQ/TW ngày 03/6/2013 của Ban chấp hành Trung ương Đảng khóa XI")
                .cite("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tường Chính phủ", "Chỉ thị", "33/CT-TTg",
                        "33/CT-TTg", d("2021-11-26"), "Thủ tường Chính phủ")
                .cite("Nghị quyết 25-NQ/TW ngày 03/6/2013 của Ban chấp hành Trung ương Đảng khóa XI", "Nghị quyết",
                        "25-NQ/TW", "25-NQ/TW", d("2013-06-03"), "Ban chấp hành Trung ương Đảng khóa XI")
                .dated(d("2023-01-01"));
        assertThat(checker.check(doc)).isEmpty();
    }

    @Test
    void citedBeforeIssuedAndNotYetEffective() {
        AnalyzedDocument doc = Docs.text("Căn cứ Luật Viên chức số 129/2025/QH15 ngày 10/12/2025;")
                .cite("Luật Viên chức số 129/2025/QH15 ngày 10/12/2025", "Luật", "129/2025/QH15", "129/2025/QH15",
                        d("2025-12-10"), null).dated(d("2025-11-01"));
        assertThat(checker.check(doc, d("2025-11-01"))).extracting(Finding::code)
                .containsExactly(FindingCode.CITED_BEFORE_ISSUED);
        AnalyzedDocument later = Docs.text("Căn cứ Luật Viên chức số 129/2025/QH15 ngày 10/12/2025;")
                .cite("Luật Viên chức số 129/2025/QH15 ngày 10/12/2025", "Luật", "129/2025/QH15", "129/2025/QH15",
                        d("2025-12-10"), null).dated(d("2026-01-15"));
        assertThat(checker.check(later)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.NOT_YET_EFFECTIVE);
            assertThat(f.messageVi()).contains("01/07/2026");
        });
        assertThat(checker.check(later, d("2026-07-01"))).isEmpty();
    }

    @Test
    void lawCitedByNameIsTheOneInForce() {
        AnalyzedDocument doc = Docs.text("Tuyên truyền Luật Tố cáo.")
                .cite("Luật Tố cáo", "Luật", null, "Luật Tố cáo", null, null).dated(d("2018-03-01"));
        // 2018: the 2011 law was in force; 2026: the 2018 law. Neither is stale when cited by name.
        assertThat(checker.check(doc)).isEmpty();
        assertThat(checker.check(doc, d("2026-03-01"))).isEmpty();
    }

    @Test
    void partlyExpiredAndAmended() {
        String text = "Nghị định 112/2020/NĐ-CP; Luật 64/2025/QH15.";
        AnalyzedDocument doc = Docs.text(text)
                .cite("Nghị định 112/2020/NĐ-CP", "Nghị định", "112/2020/NĐ-CP", "112/2020/NĐ-CP", null, null)
                .cite("Luật 64/2025/QH15", "Luật", "64/2025/QH15", "64/2025/QH15", null, null).dated(d("2025-08-01"));
        List<Finding> findings = checker.check(doc);
        assertThat(findings).extracting(Finding::code)
                .containsExactly(FindingCode.PARTLY_EXPIRED, FindingCode.AMENDED);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(1).messageEn()).contains("87/2025/QH15");
        assertThat(checker.check(doc, d("2025-06-30"))).isEmpty();
    }

    @Test
    void expiredByStatusOnlyFromTheDayTheStatusWasRecorded() {
        AnalyzedDocument doc = Docs.text("Luật Cán bộ, công chức số 22/2008/QH12")
                .cite("Luật Cán bộ, công chức số 22/2008/QH12", "Luật", "22/2008/QH12", "22/2008/QH12", null, null)
                .dated(null);
        // The registry knows it had expired by 2025-12-18 but not since when: no finding before that day.
        assertThat(checker.check(doc, d("2025-09-01"))).isEmpty();
        assertThat(checker.check(doc, d("2026-01-01"))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.EXPIRED);
            assertThat(f.messageEn()).contains("as recorded on 2025-12-18");
        });
    }

    @Test
    void inconsistentDatesForOneInstrument() {
        String text = "Thông tư 36/2017/TT-BGDĐT ngày 28/12/2017 ... Thông tư 36/2017/TT-BGDĐT ngày 28/11/2017 ... "
                + "Thông tư 36/2017/TT-BGDĐT ngày 28/12/2017";
        AnalyzedDocument doc = Docs.text(text)
                .cite("Thông tư 36/2017/TT-BGDĐT ngày 28/12/2017", "Thông tư", "36/2017/TT-BGDĐT", "36/2017/TT-BGDĐT",
                        d("2017-12-28"), null)
                .cite("Thông tư 36/2017/TT-BGDĐT ngày 28/11/2017", "Thông tư", "36/2017/TT-BGDĐT", "36/2017/TT-BGDĐT",
                        d("2017-11-28"), null)
                .cite("Thông tư 36/2017/TT-BGDĐT ngày 28/12/2017", "Thông tư", "36/2017/TT-BGDĐT", "36/2017/TT-BGDĐT",
                        d("2017-12-28"), null)
                .dated(d("2020-01-01"));
        List<Finding> findings = checker.check(doc);
        assertThat(of(findings, FindingCode.INCONSISTENT_MENTIONS)).singleElement()
                .satisfies(f -> assertThat(f.surface()).endsWith("28/11/2017"));
        assertThat(of(findings, FindingCode.DATE_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.surface()).endsWith("28/11/2017"));
    }

    @Test
    void unknownInstrumentsAreReportedOncePerKey() {
        String text = "Kế hoạch số 22-KH/BDVHU-UBND ngày 01/4/2024 ... Kế hoạch số 22-KH/BDVHU-UBND ngày 01/4/2024";
        AnalyzedDocument doc = Docs.text(text)
                .cite("Kế hoạch số 22-KH/BDVHU-UBND ngày 01/4/2024", "Kế hoạch", "22-KH/BDVHU-UBND",
                        "22-KH/BDVHU-UBND", d("2024-04-01"), null)
                .cite("Kế hoạch số 22-KH/BDVHU-UBND ngày 01/4/2024", "Kế hoạch", "22-KH/BDVHU-UBND",
                        "22-KH/BDVHU-UBND", d("2024-04-01"), null)
                .dated(d("2024-05-31"));
        assertThat(checker.check(doc)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNKNOWN);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void defaultAsOfIsTheDocumentsDate() {
        assertThat(checker.defaultAsOf(Docs.text(TT36).dated(d("2023-06-30")))).isEqualTo(d("2023-06-30"));
        java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T10:00:00Z"),
                java.time.ZoneOffset.UTC);
        assertThat(Checker.of(Docs.registry(), Docs.units(), fixed).defaultAsOf(tt36())).isEqualTo(d("2026-11-25"));
    }
}
