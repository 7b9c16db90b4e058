package org.vanban.structure;

import java.text.Normalizer;
import java.util.Locale;
import org.vanban.normalize.Diacritics;

/**
 * Length-preserving diacritic folding to lower case ("Nơi Nhận" → "noi nhan"), so that a position found in the
 * folded form is the same position in the text. {@link Diacritics#fold} may change the length of text outside
 * Vietnamese; this folds one {@code char} to one {@code char} and leaves anything it cannot fold that way as is.
 */
final class Folding {

    /** Covers Latin, Latin Extended and Latin Extended Additional, where every Vietnamese letter lives. */
    private static final int TABLE_SIZE = 0x1F00;
    private static final char[] TABLE = buildTable();

    private Folding() {
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            char folded = (char) c;
            if (!Character.isSurrogate((char) c)) {
                String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
                boolean restAreMarks = true;
                for (int i = 1; i < nfd.length(); i++) {
                    restAreMarks &= Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK;
                }
                if (restAreMarks && !nfd.isEmpty()) {
                    folded = Diacritics.foldLetter(nfd.charAt(0));
                }
            }
            table[c] = Character.toLowerCase(folded);
        }
        return table;
    }

    static char fold(char c) {
        return c < TABLE_SIZE ? TABLE[c] : Character.toLowerCase(c);
    }

    /** The folded, lower-case text; same length as {@code s}. */
    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Folds a word-list entry; entries may contain combining marks, so they go through NFC first. */
    static String foldEntry(String entry) {
        return fold(Normalizer.normalize(entry.strip(), Normalizer.Form.NFC)).replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
