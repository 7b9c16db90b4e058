package org.vanban.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;

class SyllableScannerTest {

    static List<String> texts(List<WordToken> tokens) {
        return tokens.stream().map(t -> t.text() + ":" + t.kind().name().charAt(0)).toList();
    }

    @Test
    void symbolsDatesAndNumbersStayWholeAndLoseTheirSurroundingPunctuation() {
        List<WordToken> tokens = new SyllableScanner().segment(
                "(Nghị quyết 56/NQ/TU), ngày 25/11/2021; GD&ĐT, 30/2020/NĐ-CP. Đạt 100% và 1.500 người, Covid-19.");
        assertThat(texts(tokens)).containsExactly("(:P", "Nghị:W", "quyết:W", "56/NQ/TU:S", "):P", ",:P", "ngày:W",
                "25/11/2021:S", ";:P", "GD&ĐT:S", ",:P", "30/2020/NĐ-CP:S", ".:P", "Đạt:W", "100%:N", "và:W",
                "1.500:N", "người:W", ",:P", "Covid-19:S", ".:P");
    }

    @Test
    void hyphenatedWordsAreWordsButMixedCaseCodesAreSymbols() {
        assertThat(texts(new SyllableScanner().segment("Ca-na-đa CT-TTg kinh tế - xã hội ...")))
                .containsExactly("Ca-na-đa:W", "CT-TTg:S", "kinh:W", "tế:W", "-:P", "xã:W", "hội:W", "...:P");
    }

    @Test
    void protectedSpansAreOneSymbolEvenAcrossSpaces() {
        String text = "theo Chỉ thị số 16/CT-TTg của Thủ tướng";
        int start = text.indexOf("Chỉ");
        List<WordToken> tokens = new SyllableScanner().segment(text, List.of(new TextSpan(start, start + "Chỉ thị số 16/CT-TTg".length()),
                new TextSpan(start + 3, start + 10)));
        assertThat(texts(tokens)).containsExactly("theo:W", "Chỉ thị số 16/CT-TTg:S", "của:W", "Thủ:W", "tướng:W");
    }

    @Test
    void decomposedLettersAndNoBreakSpaces() {
        String nfd = java.text.Normalizer.normalize("Tiếng Việt", java.text.Normalizer.Form.NFD);
        assertThat(new SyllableScanner().segment(nfd + "\u00A0đẹp")).extracting(WordToken::kind)
                .containsOnly(TokenKind.WORD).hasSize(3);
    }

    @Test
    void mergeSortsClipsAndJoinsOverlaps() {
        assertThat(SyllableScanner.merge(List.of(new TextSpan(5, 9), new TextSpan(0, 2), new TextSpan(8, 20)), 12))
                .containsExactly(new TextSpan(0, 2), new TextSpan(5, 12));
    }
}
