package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.vanban.index.VietnameseAnalyzer.Form;
import org.vanban.normalize.ToneStyle;
import org.vanban.normalize.VietnameseNormalizer;

class VietnameseAnalyzerTest {

    private static final String CITATION = "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;";

    @Test
    void keepsDocumentSymbolsWholeAndSplitsSyllables() {
        assertThat(terms(new VietnameseAnalyzer(Form.EXACT), CITATION)).containsExactly(
                "căn", "cứ", "nghị", "định", "số", "04/2015/nđ-cp", "ngày", "09", "01", "2015", "của", "chính", "phủ");
    }

    @Test
    void foldsDiacriticsAndDStroke() {
        assertThat(terms(new VietnameseAnalyzer(Form.FOLDED), CITATION)).containsExactly(
                "can", "cu", "nghi", "dinh", "so", "04/2015/nd-cp", "ngay", "09", "01", "2015", "cua", "chinh", "phu");
        assertThat(terms(new VietnameseAnalyzer(Form.FOLDED), "ĐẢNG bộ Đồng Tháp")).containsExactly(
                "dang", "bo", "dong", "thap");
    }

    @Test
    void bigramsAreAdjacentFoldedSyllables() {
        assertThat(terms(new VietnameseAnalyzer(Form.FOLDED_BIGRAMS), "Thực hiện dân chủ"))
                .containsExactly("thuc hien", "hien dan", "dan chu");
    }

    @Test
    void dirtyAndPartySymbolsStayWholeButDatesAndWordsSplit() {
        assertThat(terms(new VietnameseAnalyzer(Form.EXACT),
                "Nghị quyết sổ 08-NQQ/TU, 33/CTTTg và 25–NQ/TW; kinh tế-xã hội; V/v báo cáo; 729/QĐUBND."))
                .containsExactly("nghị", "quyết", "sổ", "08-nqq/tu", "33/ctttg", "và", "25-nq/tw", "kinh", "tế", "xã",
                        "hội", "v", "v", "báo", "cáo", "729/qđubnd");
    }

    @Test
    void decomposedInputGivesTheSameTermsWithOffsetsIntoTheInput() throws IOException {
        String nfd = Normalizer.normalize("Quyết định về dân chủ", Normalizer.Form.NFD);
        assertThat(terms(new VietnameseAnalyzer(Form.EXACT), nfd))
                .containsExactly("quyết", "định", "về", "dân", "chủ");
        List<String> surfaces = new ArrayList<>();
        try (TokenStream ts = new VietnameseAnalyzer(Form.EXACT).tokenStream("f", nfd)) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                surfaces.add(Normalizer.normalize(nfd.substring(off.startOffset(), off.endOffset()),
                        Normalizer.Form.NFC));
            }
            ts.end();
        }
        assertThat(surfaces).containsExactly("Quyết", "định", "về", "dân", "chủ");
    }

    @Test
    void theNormaliserDecidesToneMarkStyleOnBothSides() {
        assertThat(terms(new VietnameseAnalyzer(new VietnameseNormalizer(ToneStyle.MODERN), Form.EXACT),
                "Văn hóa, thủy lợi")).containsExactly("văn", "hoá", "thuỷ", "lợi");
        Analyzer analyzer = new VietnameseAnalyzer(new VietnameseNormalizer(ToneStyle.TRADITIONAL), Form.EXACT);
        assertThat(terms(analyzer, "Văn hoá, thuỷ lợi, khoẻ"))
                .isEqualTo(terms(analyzer, "Văn hóa, thủy lợi, khỏe"))
                .containsExactly("văn", "hóa", "thủy", "lợi", "khỏe");
    }

    @Property(tries = 300)
    void anyInputGivesTokensWithinBoundsAndNoEmptyTerm(@ForAll @StringLength(max = 200) String text)
            throws IOException {
        for (Form form : Form.values()) {
            try (TokenStream ts = new VietnameseAnalyzer(form).tokenStream("f", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    assertThat(term.length()).isPositive();
                    assertThat(off.startOffset()).isBetween(0, text.length());
                    assertThat(off.endOffset()).isBetween(off.startOffset(), text.length());
                }
                ts.end();
            }
        }
    }

    @Property(tries = 300)
    void foldedTermsAreWhatDiacriticsFoldGives(
            @ForAll @StringLength(min = 1, max = 12) @net.jqwik.api.constraints.Chars({'a', 'ă', 'â', 'đ', 'e', 'ê',
                'ơ', 'ư', 'ạ', 'ấ', 'ỗ', 'ử', 'ỹ', 'Đ', 'Ỗ', 'ó', 'à', '\u0301', '\u0323', 'ỳ'}) String word) {
        List<String> exact = terms(new VietnameseAnalyzer(Form.EXACT), word);
        List<String> folded = terms(new VietnameseAnalyzer(Form.FOLDED), word);
        assertThat(folded).hasSameSizeAs(exact);
        for (int i = 0; i < exact.size(); i++) {
            String expected = org.vanban.normalize.Diacritics.fold(exact.get(i));
            assertThat(folded.get(i)).isEqualTo(expected.isEmpty() ? exact.get(i) : expected);
        }
    }

    @Test
    void veryLongRunsAreCut() {
        String run = "a".repeat(1000) + "/1";
        assertThat(terms(new VietnameseAnalyzer(Form.EXACT), run))
                .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(VietnameseTokenizer.MAX_TOKEN_LENGTH));
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
