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
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // A combining mark (text that escaped NFC): fold the whole term the slow, general way.
                String folded = Diacritics.fold(termAtt);
                if (!folded.isEmpty()) { // a stray combining mark folds to nothing: keep it as it is
                    termAtt.setEmpty().append(folded);
                }
                return true;
            }
            term[i] = Diacritics.foldChar(c);
        }
        return true;
    }
}
