package org.vanban.cite;

import java.util.Locale;
import org.vanban.normalize.Diacritics;

/**
 * Per-character folding for matching words regardless of case, diacritics, tone-mark placement and the Đ
 * look-alikes: "Quyết ĐỊNH", "quyet dinh" and "QUYẾT Ðịnh" fold alike. A table, so that the scanner can fold one
 * character at a time without allocating.
 */
final class Folding {

    private static final int TABLE_SIZE = 0x2000; // Latin, Latin Extended, Vietnamese (U+1E00–U+1EFF)
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            String folded = Diacritics.fold(String.valueOf((char) c)).toLowerCase(Locale.ROOT);
            TABLE[c] = folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase((char) c);
        }
    }

    private Folding() {
    }

    static char fold(char c) {
        return c < TABLE_SIZE ? TABLE[c] : Character.toLowerCase(c);
    }

    /** The folded form of a phrase, with every run of whitespace made one space and the ends trimmed. */
    static String foldPhrase(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextScan.isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(fold(c));
        }
        return sb.toString();
    }
}
