package org.vanban.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lookup keys for Vietnamese words that ignore case and tone-mark placement: "Hoá", "hóa" and "HÓA" share a key,
 * while words that differ in a letter or a tone ("phòng" / "phong") do not.
 */
public final class SyllableKey {

    private SyllableKey() {
    }

    /** The key of one word. */
    public static String of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isToneMark(c)) {
                tone = c;
            } else {
                base.append(c);
            }
        }
        String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
        // The tone is kept, as a plain marker after the letters, so that only its placement is ignored.
        return tone == 0 ? composed : composed + toneTag(tone);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static char toneTag(char tone) {
        switch (tone) {
            case '\u0300':
                return '2';
            case '\u0301':
                return '1';
            case '\u0303':
                return '4';
            case '\u0309':
                return '3';
            default:
                return '5';
        }
    }
}
