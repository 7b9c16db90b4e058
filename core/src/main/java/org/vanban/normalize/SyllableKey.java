package org.vanban.normalize;

import java.text.Normalizer;

/**
 * Look-up keys for Vietnamese words and phrases that ignore case, tone-mark placement and normal form: "Hoá",
 * "hóa", "HÓA" and the NFD spelling share a key, while words that differ in a letter or a tone ("phòng"/"phong",
 * "bàn"/"bán", "đa"/"da") do not. Each syllable's tone is written as a digit after its letters; syllables
 * (separated by white space or VnCoreNLP's {@code _}) are joined by one space. Word lists are keyed with it so
 * that any spelling of a word finds its entry.
 */
public final class SyllableKey {

    private static final int TABLE = 0x1F00;
    /** For each lower-case letter below U+1F00: the letter without its tone mark (vowel marks kept). */
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
                char t = toneDigit(m);
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

    /** The key of a word or phrase. */
    public static String of(CharSequence word) {
        CharSequence w = hasCombiningMark(word) ? Normalizer.normalize(word, Normalizer.Form.NFC) : word;
        StringBuilder key = new StringBuilder(w.length() + 2);
        char tone = 0;
        boolean inSyllable = false;
        for (int i = 0; i < w.length(); i++) {
            char c = Character.toLowerCase(w.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '_') {
                if (inSyllable) {
                    if (tone != 0) {
                        key.append(tone);
                        tone = 0;
                    }
                    key.append(' ');
                    inSyllable = false;
                }
                continue;
            }
            char t = toneDigit(c);
            if (t != 0) { // a tone mark with no precomposed letter to sit on
                tone = t;
                continue;
            }
            if (c < TABLE) {
                if (TONE[c] != 0) {
                    tone = TONE[c];
                }
                c = BASE[c];
            }
            key.append(c);
            inSyllable = true;
        }
        if (inSyllable && tone != 0) {
            key.append(tone);
        }
        int len = key.length();
        return len > 0 && key.charAt(len - 1) == ' ' ? key.substring(0, len - 1) : key.toString();
    }

    private static boolean hasCombiningMark(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                return true;
            }
        }
        return false;
    }

    /** Grave, acute, hook above, tilde, dot below: the five Vietnamese tone marks in NFD. */
    private static char toneDigit(char mark) {
        switch (mark) {
            case '\u0301':
                return '1';
            case '\u0300':
                return '2';
            case '\u0309':
                return '3';
            case '\u0303':
                return '4';
            case '\u0323':
                return '5';
            default:
                return 0;
        }
    }
}
