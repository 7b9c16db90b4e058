package org.vanban.normalize;

import java.text.Normalizer;

/**
 * Folding of Vietnamese letters to their base letters: tone marks and vowel marks removed, "đ" to "d". Used
 * wherever text must match regardless of diacritics (search, alignment with other tools' output).
 */
public final class Diacritics {

    /** Latin, Latin Extended and Latin Extended Additional (U+1E00–U+1EFF), where every Vietnamese letter lives. */
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] FOLDED_CHAR = foldTable();

    private Diacritics() {
    }

    /**
     * One {@code char} folded the way {@link #fold} folds it, case kept ("ệ" → 'e', "Đ" → 'D'), for matching one
     * character at a time without allocating. A character whose folding is not exactly one character (a lone
     * combining mark, a ligature) is returned as it is.
     */
    public static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        return c < TABLE_SIZE ? FOLDED_CHAR[c] : c;
    }

    /** {@link #foldChar} then lower case: "Nơi Nhận" → "noi nhan", one {@code char} for one. */
    public static char foldLowerChar(char c) {
        return Character.toLowerCase(foldChar(c));
    }

    /** The text folded and lower-cased one {@code char} for one, so positions in the result are positions in it. */
    public static String foldLowerCase(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldLowerChar(text.charAt(i));
        }
        return new String(out);
    }

    private static char[] foldTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            String folded = Character.isSurrogate(ch) || Character.getType(ch) == Character.NON_SPACING_MARK
                    ? "" : fold(String.valueOf(ch));
            table[c] = folded.length() == 1 ? folded.charAt(0) : ch;
        }
        return table;
    }

    /** The text without diacritics ("Nghị định" → "Nghi dinh", "Đảng" → "Dang"), case kept. */
    public static String fold(CharSequence text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(foldLetter(c));
        }
        return sb.toString();
    }

    /** Folds one letter that has no decomposition: đ, Đ and its look-alikes. */
    public static char foldLetter(char c) {
        switch (c) {
            case 'đ':
                return 'd';
            case 'Đ':
            case '\u00D0': // Ð, Icelandic eth, often typed for Đ
            case '\u0189': // Ɖ, African D
                return 'D';
            default:
                return c;
        }
    }
}
