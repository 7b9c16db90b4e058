package org.vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vanban.normalize.Diacritics;

/**
 * Folds each token with {@link Diacritics#fold}: tone and vowel marks removed, "đ" to "d", so that "nghi dinh"
 * matches "nghị định". Lucene's ASCII folding filter would also rewrite symbols and punctuation far outside
 * Vietnamese; this one does exactly what the rest of the project calls folding.
 */
final class DiacriticFoldingFilter extends TokenFilter {

    /** The Latin letters Vietnamese uses end with Latin Extended Additional (U+1E00–U+1EFF). */
    private static final int TABLE_END = 0x1F00;
    /** For each char below {@link #TABLE_END}: what {@link Diacritics#fold} makes of it alone, or 0 if not one char. */
    private static final char[] FOLDED = new char[TABLE_END];

    static {
        for (char c = 0x80; c < TABLE_END; c++) {
            String f = Diacritics.fold(String.valueOf(c));
            boolean combining = Character.getType(c) == Character.NON_SPACING_MARK;
            FOLDED[c] = f.length() == 1 && !combining ? f.charAt(0) : 0;
        }
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    DiacriticFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] term = termAtt.buffer();
        int len = termAtt.length();
        for (int i = 0; i < len; i++) {
            char c = term[i];
            if (c < 0x80) {
                continue;
            }
            char f = c < TABLE_END ? FOLDED[c] : 0;
            if (f == 0) {
                // A combining mark or a letter outside the table: fold the whole term the slow, general way.
                String folded = Diacritics.fold(termAtt);
                if (!folded.isEmpty()) { // a stray combining mark folds to nothing: keep it as it is
                    termAtt.setEmpty().append(folded);
                }
                return true;
            }
            term[i] = f;
        }
        return true;
    }
}
