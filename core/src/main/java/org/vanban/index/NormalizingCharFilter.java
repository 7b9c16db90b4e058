package org.vanban.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.vanban.normalize.NormalizedText;
import org.vanban.normalize.TextNormalizer;

/**
 * Runs the project's {@link TextNormalizer} (NFC, one tone-mark style, look-alike letters) over a field before
 * tokenising, so that the index and the queries see text in one form whatever the source wrote. Offsets are
 * corrected back to the field's own text, so highlights land where the words are.
 */
final class NormalizingCharFilter extends BaseCharFilter {

    private final TextNormalizer normalizer;
    private String normalized;
    private int next;

    NormalizingCharFilter(Reader in, TextNormalizer normalizer) {
        super(in);
        this.normalizer = normalizer;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (normalized == null) {
            normalize();
        }
        if (next >= normalized.length()) {
            return -1;
        }
        int n = Math.min(len, normalized.length() - next);
        normalized.getChars(next, next + n, cbuf, off);
        next += n;
        return n;
    }

    private void normalize() throws IOException {
        StringBuilder raw = new StringBuilder();
        char[] chunk = new char[4096];
        int read;
        while ((read = input.read(chunk)) != -1) {
            raw.append(chunk, 0, read);
        }
        NormalizedText result = normalizer.normalize(raw.toString());
        if (result.sourceOffset(result.text().length()) != raw.length()) {
            // The normaliser gave no usable map back to the input (it changed the length but claims alignment):
            // normalise word by word instead, so that offsets stay exact at every word boundary.
            normalizeByWords(raw);
            return;
        }
        normalized = result.text();
        int lastDiff = 0;
        for (int i = 0; i <= normalized.length(); i++) {
            int diff = result.sourceOffset(i) - i;
            if (diff != lastDiff) {
                addOffCorrectMap(i, diff);
                lastDiff = diff;
            }
        }
    }

    private void normalizeByWords(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int lastDiff = 0;
        int i = 0;
        while (i < raw.length()) {
            int start = i;
            boolean space = Character.isWhitespace(raw.charAt(i));
            while (i < raw.length() && Character.isWhitespace(raw.charAt(i)) == space) {
                i++;
            }
            String word = raw.subSequence(start, i).toString();
            String done = space ? word : normalizer.normalize(word).text();
            for (int k = 0; k <= done.length(); k++) {
                int source = k == done.length() ? i : start + Math.min(k, word.length());
                int diff = source - (out.length() + k);
                if (diff != lastDiff) {
                    addOffCorrectMap(out.length() + k, diff);
                    lastDiff = diff;
                }
            }
            out.append(done);
        }
        normalized = out.toString();
    }
}
