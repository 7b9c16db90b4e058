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

    private Folding() {
    }

    static char fold(char c) {
        return Diacritics.foldLowerChar(c);
    }

    /** The folded, lower-case text; same length as {@code s}. */
    static String fold(CharSequence s) {
        return Diacritics.foldLowerCase(s);
    }

    /** Folds a word-list entry; entries may contain combining marks, so they go through NFC first. */
    static String foldEntry(String entry) {
        return fold(Normalizer.normalize(entry.strip(), Normalizer.Form.NFC)).replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
