package org.vanban.vncorenlp;

import java.util.ArrayList;
import java.util.List;
import org.vanban.TextSpan;
import org.vanban.segment.SyllableScanner;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordToken;

/**
 * The text VnCoreNLP is given: every protected span (citations, and every symbol, date and number the
 * {@link SyllableScanner} finds) is replaced by as many {@code 0} as it has characters. VnCoreNLP keeps a run of
 * digits whole, so it cannot split a symbol ("16/CT-TTg" → "16 / CT-TTg"); and because the length does not change,
 * offsets into the masked text are offsets into the original text.
 *
 * @param original the normalised text
 * @param masked   the same text with the protected ranges masked
 * @param regions  the masked ranges with what each one is, in text order, not overlapping
 */
record ProtectedText(String original, String masked, List<WordToken> regions) {

    static ProtectedText of(String text, List<TextSpan> protectedSpans) {
        List<WordToken> regions = new ArrayList<>();
        for (WordToken t : new SyllableScanner().segment(text, protectedSpans)) {
            if (t.kind() == TokenKind.SYMBOL || t.kind() == TokenKind.NUMBER) {
                regions.add(t);
            }
        }
        char[] masked = text.toCharArray();
        for (WordToken r : regions) {
            for (int i = r.start(); i < r.end(); i++) {
                masked[i] = '0';
            }
        }
        return new ProtectedText(text, new String(masked), List.copyOf(regions));
    }
}
