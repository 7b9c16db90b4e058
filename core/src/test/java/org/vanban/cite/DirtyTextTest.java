package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.cite.Citing.cite;
import static org.vanban.cite.Citing.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each dirty form real offices type, repaired only where the repair is unambiguous, and each repair recorded. */
class DirtyTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Quán triệt Nghị quyết số 09-NQQ/HU của Huyện ủy.|09-NQQ/HU|09-NQ/HU|doubled-letter",
        "Thực hiện Chỉ thị 05/CTTTg về an toàn giao thông.|05/CTTTg|05/CT-TTg|missing-hyphen",
        "Theo Quyết định số 1520/QĐUBND của tỉnh.|1520/QĐUBND|1520/QĐ-UBND|missing-hyphen",
        "Theo Quyết định số 1520/QĐOUBND của tỉnh.|1520/QĐOUBND|1520/QĐ-UBND|stray-letter",
        "Tiếp tục thực hiện Kết luận số 76/KL-TW về phát huy giá trị văn hóa.|76/KL-TW|76-KL/TW|party-shape",
        "Tiếp tục thực hiện Nghị quyết 45/NQ/TU về phát triển du lịch.|45/NQ/TU|45-NQ/TU|party-shape",
        "Theo Chỉ thị số 15-CT/TTg về phòng, chống dịch.|15-CT/TTg|15/CT-TTg|state-shape",
        "Căn cứ Thông tư số 28/2020/BGDĐT về Điều lệ trường tiểu học.|28/2020/BGDĐT|28/2020/TT-BGDĐT|missing-type-code",
        "Căn cứ Nghị định số 24/2014/CP về tổ chức các cơ quan chuyên môn.|24/2014/CP|24/2014/NĐ-CP|missing-type-code",
        "Căn cứ Nghị định số 118/2025/NĐCP về thủ tục hành chính.|118/2025/NĐCP|118/2025/NĐ-CP|missing-hyphen",
        "Căn cứ Quyết định số 06/QĐ-TTG của Thủ tướng.|06/QĐ-TTG|06/QĐ-TTg|case",
        "Căn cứ Nghị định số 45/2020/NÐ-CP về thủ tục hành chính.|45/2020/NÐ-CP|45/2020/NĐ-CP|look-alike",
        "Căn cứ Nghị định số 24/2014/NĐ - CP về tổ chức các cơ quan chuyên môn.|24/2014/NĐ-CP|24/2014/NĐ-CP|spaces",
        "Căn cứ Thông tư số 49/2025TT-BCT về xuất xứ hàng hóa.|49/2025TT-BCT|49/2025/TT-BCT|missing-slash",
    })
    void repairsTheSymbol(String sentence, String printed, String canonical, String repairKind) {
        Citation c = only(sentence);
        assertThat(c.symbol()).isEqualTo(printed);
        assertThat(c.canonical()).isEqualTo(canonical);
        assertThat(c.repairs()).anySatisfy(r -> assertThat(r).startsWith(repairKind + ": "));
    }

    @Test
    void aLineBreakInsideTheSymbol() {
        Citation c = only("Căn cứ Nghị quyết số 43/2022/NQ-\nHĐND ngày 09/12/2022 của HĐND tỉnh về mức chi;");
        assertThat(c.symbol()).isEqualTo("43/2022/NQ-HĐND");
        assertThat(c.canonical()).isEqualTo("43/2022/NQ-HĐND");
        assertThat(c.surface()).startsWith("Nghị quyết số 43/2022/NQ-\nHĐND ngày 09/12/2022");
        assertThat(c.repairs()).containsExactly("line-break: 43/2022/NQ- HĐND → 43/2022/NQ-HĐND");
        assertThat(c.issuer()).isEqualTo("HĐND tỉnh");
    }

    @Test
    void aLineBreakBetweenSoAndTheSymbol() {
        Citation c = only("*Căn cứ Luật Dữ liệu số\n60/2024/QH15 ngày 30 tháng 11 năm 2024;*");
        assertThat(c.canonical()).isEqualTo("60/2024/QH15");
        assertThat(c.name()).isEqualTo("Dữ liệu");
        assertThat(c.repairs()).isEmpty();
    }

    @Test
    void soMisspeltAsSo() {
        Citation c = only("Thực hiện Kế hoạch sổ 14-KH/TU của Tỉnh ủy;");
        assertThat(c.surface()).isEqualTo("Kế hoạch sổ 14-KH/TU của Tỉnh ủy");
        assertThat(c.canonical()).isEqualTo("14-KH/TU");
        assertThat(c.repairs()).containsExactly("so-typo: sổ → số");
    }

    @Test
    void aMisspeltIssuerIsKeptAsPrintedAndNoted() {
        Citation c = only("Chỉ thị số 08/CT-TTg ngày 11/3/2024 của Thủ tường Chính phủ về phát triển du lịch.");
        assertThat(c.issuer()).isEqualTo("Thủ tường Chính phủ");
        assertThat(c.repairs()).containsExactly("issuer-typo: Thủ tường → thủ tướng");
    }

    @Test
    void aCentralPartyIssuerTurnsTuIntoTw() {
        Citation c = only("Kết luận số 01-KL/TU ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị.");
        assertThat(c.canonical()).isEqualTo("01-KL/TW");
        assertThat(c.repairs()).containsExactly("central-party-issuer: 01-KL/TU → 01-KL/TW");
        // A provincial committee's "/TU" stays.
        Citation local = only("Kết luận số 01-KL/TU ngày 18/5/2021 của Ban Thường vụ Tỉnh ủy về du lịch.");
        assertThat(local.canonical()).isEqualTo("01-KL/TU");
        assertThat(local.repairs()).isEmpty();
    }

    @Test
    void aWordGluedToTheSymbolIsLeftOut() {
        Citation c = only("theo Thông tư 111/2013/TT-BTCvề các khoản thu nhập chịu thuế");
        assertThat(c.symbol()).isEqualTo("111/2013/TT-BTC");
        assertThat(c.surface()).isEqualTo("Thông tư 111/2013/TT-BTC");
    }

    @Test
    void ambiguousSymbolsAreNotGuessed() {
        // No known body code: the merged part is kept as printed.
        assertThat(only("Theo Quyết định số 88/QĐXYZ của Công ty.").canonical()).isEqualTo("88/QĐXYZ");
        // A Công văn has no type code: nothing to restore.
        assertThat(only("Công văn số 12/2020/BGDĐT gửi các sở.").canonical()).isEqualTo("12/2020/BGDĐT");
        // Resolutions of the National Assembly carry no code.
        assertThat(only("Nghị quyết số 98/2023/QH15 về thí điểm.").canonical()).isEqualTo("98/2023/QH15");
        // An unknown Party body keeps its shape.
        assertThat(only("Báo cáo số 59-BC/BCĐ về kết quả.").canonical()).isEqualTo("59-BC/BCĐ");
    }

    @Test
    void aKnownAliasIsAppliedForTheRightYearOnly() {
        List<Citation> found = cite("Thực hiện Quy định số 11-QĐ/TW ngày 18/02/2019 của Bộ Chính trị; "
                + "Quy định 11-QĐ/TW nêu rõ trách nhiệm. Quy định số 11-QĐ/TW ngày 02/3/2009 của Tỉnh ủy khác hẳn.");
        assertThat(found).extracting(Citation::canonical).containsExactly("11-QĐi/TW", "11-QĐi/TW", "11-QĐ/TW");
        assertThat(found).extracting(Citation::key)
                .containsExactly("11-QĐi/TW@2019", "11-QĐi/TW@2019", "11-QĐ/TW@2009");
        assertThat(found.get(0).repairs()).anySatisfy(r -> assertThat(r).startsWith("alias: 11-QĐ/TW → 11-QĐi/TW ("));
        assertThat(found.get(1).year()).isNull();
    }
}
