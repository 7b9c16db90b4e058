package org.vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits Vietnamese text into syllables, keeping document symbols whole.
 *
 * <p>Vietnamese writes one syllable per space-separated word, so a syllable is a run of letters, digits and
 * combining marks. Runs joined by {@code /} or a dash with no space ("04/2015/NĐ-CP", "25-NQ/TW", "33/CTTTg")
 * form one {@link #SYMBOL} token when they contain a slash, a digit and a letter: the number/symbol of a
 * document, which Lucene's standard tokenizer would cut into four meaningless pieces. Every other joined run
 * ("kinh tế-xã hội", "09/01/2015", "V/v") is emitted as its separate syllables. Dash look-alikes inside a symbol
 * are written as "-". Symbol tokens carry the keyword flag so that no later filter stems or splits them.
 */
public final class VietnameseTokenizer extends Tokenizer {

    /** Token type of a syllable or number. */
    public static final String SYLLABLE = "<SYLLABLE>";
    /** Token type of a document number/symbol kept whole. */
    public static final String SYMBOL = "<SYMBOL>";
    /** Longest token emitted; longer runs are cut (they are never words). */
    public static final int MAX_TOKEN_LENGTH = 255;
    private static final int RETAINED_BUFFER = 1 << 20;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    private char[] buffer = new char[1024];
    private int length;
    private int pos;
    /** The syllables of the current joined run, as start/end pairs, and the next one to emit. */
    private int[] parts = new int[16];
    private int partCount;
    private int partIndex;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (partIndex < partCount) {
            emitPart();
            return true;
        }
        partCount = 0;
        partIndex = 0;
        while (pos < length && !isTokenChar(pos)) {
            pos += Character.charCount(Character.codePointAt(buffer, pos, length));
        }
        if (pos >= length) {
            return false;
        }
        scanJoinedRun();
        if (partCount > 1 && isSymbol(parts[0], parts[2 * partCount - 1])) {
            emitSymbol(parts[0], parts[2 * partCount - 1]);
            partCount = 0;
            return true;
        }
        emitPart();
        return true;
    }

    /** Reads the run of syllables joined by slashes or dashes starting at {@code pos} into {@link #parts}. */
    private void scanJoinedRun() {
        while (true) {
            int start = pos;
            while (pos < length && isTokenChar(pos)) {
                pos += Character.charCount(Character.codePointAt(buffer, pos, length));
            }
            addPart(start, pos);
            if (pos + 1 < length && isJoiner(buffer[pos]) && isTokenChar(pos + 1)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void addPart(int start, int end) {
        if (2 * partCount + 2 > parts.length) {
            parts = java.util.Arrays.copyOf(parts, parts.length * 2);
        }
        parts[2 * partCount] = start;
        parts[2 * partCount + 1] = end;
        partCount++;
    }

    private boolean isSymbol(int start, int end) {
        if (end - start > MAX_TOKEN_LENGTH) {
            return false;
        }
        boolean slash = false;
        boolean digit = false;
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = buffer[i];
            if (c == '/') {
                slash = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                letter = true;
            }
        }
        return slash && digit && letter;
    }

    private void emitSymbol(int start, int end) {
        char[] term = termAtt.resizeBuffer(end - start);
        for (int i = start; i < end; i++) {
            char c = buffer[i];
            term[i - start] = c != '/' && isJoiner(c) ? '-' : c;
        }
        termAtt.setLength(end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        typeAtt.setType(SYMBOL);
        keywordAtt.setKeyword(true);
    }

    private void emitPart() {
        int start = parts[2 * partIndex];
        int end = Math.min(parts[2 * partIndex + 1], start + MAX_TOKEN_LENGTH);
        partIndex++;
        termAtt.copyBuffer(buffer, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        typeAtt.setType(SYLLABLE);
    }

    private boolean isTokenChar(int index) {
        int cp = Character.codePointAt(buffer, index, length);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '/' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        if (buffer.length > RETAINED_BUFFER) {
            buffer = new char[1024]; // one huge field must not pin its buffer to this thread forever
        }
        length = 0;
        int read;
        while ((read = input.read(buffer, length, buffer.length - length)) != -1) {
            length += read;
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        pos = 0;
        partCount = 0;
        partIndex = 0;
        finalOffset = correctOffset(length);
    }
}
