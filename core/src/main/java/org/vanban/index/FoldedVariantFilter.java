package org.vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.vanban.normalize.Diacritics;

/**
 * After each token, emits its folded form prefixed with {@link VietnameseAnalyzer#FOLDED_MARK} at the same
 * position and offsets. One stream then answers both exact ("hóa") and folded ("\u0001hoa") terms, which is what
 * highlighting a query that mixes the two needs.
 */
final class FoldedVariantFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private State pending;
    private String pendingTerm;

    FoldedVariantFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            termAtt.setEmpty().append(pendingTerm);
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pendingTerm = VietnameseAnalyzer.FOLDED_MARK + Diacritics.fold(termAtt);
        pending = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
