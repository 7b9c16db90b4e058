package org.vanban.entity;

import java.text.Normalizer;

/**
 * Lookup keys for Vietnamese words that ignore case and tone-mark placement: "Hoá", "hóa" and "HÓA" share a key,
 * while words that differ in a letter or a tone ("phòng" / "phong") do not.
 */
public final class SyllableKey {

    private static final int TABLE = 0x1F00;
    /** For each lower-case letter below U+1F00: the letter without its tone mark. */
    private static final char[] BASE = new char[TABLE];
    /** For each lower-case letter below U+1F00: its tone as '1'–'5', or 0. */
    private static final char[] TONE = new char[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            BASE[c] = c;
            if (c < 0xC0 || !Character.isLetter(c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder(d.length());
            char tone = 0;
            for (int i = 0; i < d.length(); i++) {
                char m = d.charAt(i);
                char t = toneTag(m);
                if (t != 0) {
                    tone = t;
                } else {
                    base.append(m);
                }
            }
            String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
            if (tone != 0 && composed.length() == 1) {
                BASE[c] = composed.charAt(0);
                TONE[c] = tone;
            }
        }
    }

    private SyllableKey() {
    }

    /** The key of one word: lower case, tone mark removed from its letter and written as a digit at the end. */
    public static String of(String word) {
        char tone = 0;
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            char t = toneTag(c);
            char out;
            if (t != 0) { // a combining tone mark in decomposed input
                tone = t;
                out = 0;
            } else if (c < TABLE) {
                out = BASE[c];
                if (TONE[c] != 0) {
                    tone = TONE[c];
                }
            } else {
                out = c;
            }
            if (sb == null && (out != word.charAt(i))) {
                sb = new StringBuilder(word.length() + 1).append(word, 0, i);
            }
            if (sb != null && out != 0) {
                sb.append(out);
            }
        }
        String base = sb == null ? word : sb.toString();
        return tone == 0 ? base : base + tone;
    }

    private static char toneTag(char mark) {
        switch (mark) {
            case '\u0300':
                return '2';
            case '\u0301':
                return '1';
            case '\u0303':
                return '4';
            case '\u0309':
                return '3';
            case '\u0323':
                return '5';
            default:
                return 0;
        }
    }
}
