package org.vanban.cite;

import org.vanban.normalize.Diacritics;

/**
 * Per-character folding for matching words regardless of case, diacritics, tone-mark placement and the Đ
 * look-alikes: "Quyết ĐỊNH", "quyet dinh" and "QUYẾT Ðịnh" fold alike. One character at a time, without allocating.
 */
final class Folding {

    private Folding() {
    }

    static char fold(char c) {
        return Diacritics.foldLowerChar(c);
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
