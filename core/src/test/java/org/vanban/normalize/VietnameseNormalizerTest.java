package org.vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNormalizerTest {

    private final VietnameseNormalizer traditional = new VietnameseNormalizer();
    private final VietnameseNormalizer modern = new VietnameseNormalizer(ToneStyle.MODERN);
    private final VietnameseNormalizer asWritten = new VietnameseNormalizer(ToneStyle.AS_WRITTEN);

    @ParameterizedTest
    @CsvSource({
        // as written, traditional, modern
        "hoà, hòa, hoà",
        "hòa, hòa, hoà",
        "thuỷ, thủy, thuỷ",
        "thủy, thủy, thuỷ",
        "khoẻ, khỏe, khoẻ",
        "HOÀ BÌNH, HÒA BÌNH, HOÀ BÌNH",
        "Hoà, Hòa, Hoà",
        "tuỳ, tùy, tuỳ",
        "uỷ ban, ủy ban, uỷ ban",
        // the u of qu and the i of gi belong to the onset: nothing to move
        "quý, quý, quý",
        "quỳnh, quỳnh, quỳnh",
        "giá, giá, giá",
        "quốc, quốc, quốc",
        "giữa, giữa, giữa",
        "quả, quả, quả",
        // the two styles agree
        "hoàng, hoàng, hoàng",
        "toán, toán, toán",
        "xoài, xoài, xoài",
        "khuỷu, khuỷu, khuỷu",
        "người, người, người",
        "thuở, thuở, thuở",
        "mùa, mùa, mùa",
        "hoá đơn, hóa đơn, hoá đơn",
        "huých, huých, huých",
        // a mark in the wrong place is put right
        "muà, mùa, mùa",
        "cuả, của, của",
    })
    void placesToneMarks(String written, String traditionalForm, String modernForm) {
        assertThat(traditional.normalize(written).text()).isEqualTo(traditionalForm);
        assertThat(modern.normalize(written).text()).isEqualTo(modernForm);
        assertThat(asWritten.normalize(written).text()).isEqualTo(written);
        assertThat(traditional.normalize(written).isAligned()).isTrue();
    }

    @Test
    void leavesWordsThatAreNotVietnameseSyllablesAlone() {
        assertThat(traditional.normalize("Café Noël, Zoë, São Paulo").text()).isEqualTo("Café Noël, Zoë, São Paulo");
    }

    @Test
    void composesDecomposedTextAndMapsBack() {
        String nfd = "Vie\u0323\u0302t Nam";
        NormalizedText n = traditional.normalize(nfd);
        assertThat(n.text()).isEqualTo("Việt Nam");
        assertThat(n.sourceOffset(2)).isEqualTo(2);
        assertThat(n.sourceOffset(3)).isEqualTo(5);
        assertThat(n.sourceOffset(n.text().length())).isEqualTo(nfd.length());
        assertThat(n.normalizedOffset(5)).isEqualTo(3);
        assertThat(n.normalizedOffset(3)).isEqualTo(3);
    }

    @Test
    void replacesLookAlikesOfDWithStroke() {
        assertThat(traditional.normalize("\u00D0ảng \u0189oàn \u00F0ồng").text()).isEqualTo("Đảng Đoàn đồng");
    }

    @Test
    void normalisesSpacesAndRemovesInvisibleCharacters() {
        NormalizedText n = traditional.normalize("\uFEFFSố:\u00A036/KH\u202F-\u200BUBND\u00ADx");
        assertThat(n.text()).isEqualTo("Số: 36/KH -UBNDx");
        assertThat(n.sourceOffset(0)).isEqualTo(1);
        assertThat(n.sourceOffset(n.text().indexOf('U'))).isEqualTo(13);
    }

    @Test
    void normalisesLineEnds() {
        NormalizedText n = traditional.normalize("a\r\nb\rc\u2028d");
        assertThat(n.text()).isEqualTo("a\nb\nc\nd");
        assertThat(n.sourceOffset(2)).isEqualTo(3);
        assertThat(n.normalizedOffset(2)).isEqualTo(1);
        assertThat(n.normalizedOffset(3)).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nghị định số 04/2015/NĐ-\\nCP ngày 09/01/2015|Nghị định số 04/2015/NĐ-CP ngày 09/01/2015",
        "Luật số 60/2024/\\nQH15 của Quốc hội|Luật số 60/2024/QH15 của Quốc hội",
        "Nghị định 04/2015/NĐ  \\n  -CP|Nghị định 04/2015/NĐ-CP",
        "Chỉ thị 33/CT-\\nTTg|Chỉ thị 33/CT-TTg",
        "Nghị quyết 25-\\nNQ/TW|Nghị quyết 25-NQ/TW",
        "Nghị quyết số 08-\\nNQ/\\nTU|Nghị quyết số 08-NQ/TU",
        "Nghị định số 150/2025/NĐ-\\n\\nCP ngày|Nghị định số 150/2025/NĐ-CP ngày",
        "số 150/2025/NĐ-\\n\\n\\nCP ngày|số 150/2025/NĐ-\\n\\n\\nCP ngày",
        // not symbols: left alone
        "ngày 12/\\n2020|ngày 12/\\n2020",
        "số 15/\\nKế hoạch|số 15/\\nKế hoạch",
        "theo 04/2015/NĐ-CP\\n- Căn cứ|theo 04/2015/NĐ-CP\\n- Căn cứ",
        "1.\\nTổ chức|1.\\nTổ chức",
        "năm 2022-\\nTRIỂN KHAI|năm 2022-\\nTRIỂN KHAI",
        "năm 2022-\\nKHAI MẠC|năm 2022-\\nKHAI MẠC",
    })
    void joinsLineBreaksInsideCitationSymbols(String raw, String expected) {
        String source = raw.replace("\\n", "\n");
        NormalizedText n = traditional.normalize(source);
        assertThat(n.text()).isEqualTo(expected.replace("\\n", "\n"));
        int symbolEnd = n.text().length();
        assertThat(n.sourceOffset(symbolEnd)).isEqualTo(source.length());
    }

    @Test
    void joinedSymbolMapsBackToTheBrokenSource() {
        String source = "Nghị định số 04/2015/NĐ-\nCP ngày";
        NormalizedText n = traditional.normalize(source);
        int start = n.text().indexOf("04/2015");
        int end = n.text().indexOf(" ngày");
        assertThat(source.substring(n.sourceOffset(start), n.sourceOffset(end))).isEqualTo("04/2015/NĐ-\nCP");
    }

    @Test
    void asWrittenStillComposesAndCleans() {
        assertThat(asWritten.normalize("hoa\u0300\u00A0thu\u0309y").text()).isEqualTo("hoà thủy");
    }
}
