package org.vanban.segment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The look-up key of a syllable or a word: lower case, with each syllable's tone mark moved behind its letters, so
 * that the two tone-placement conventions ("hòa"/"hoà", "thủy"/"thuỷ"), NFC and NFD give the same key while
 * different words ("bàn"/"bán", "đa"/"da") keep different ones. Syllables are joined by one space.
 */
public final class SyllableKey {

    private SyllableKey() {
    }

    public static String of(CharSequence word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(nfd.length());
        char tone = 0;
        boolean inSyllable = false;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (SyllableScanner.isSpace(c) || c == '_') {
                if (inSyllable) {
                    tone = flush(key, tone);
                    key.append(' ');
                    inSyllable = false;
                }
            } else if (isToneMark(c)) {
                tone = c;
            } else {
                key.append(c);
                inSyllable = true;
            }
        }
        if (inSyllable) {
            flush(key, tone);
        }
        int len = key.length();
        return len > 0 && key.charAt(len - 1) == ' ' ? key.substring(0, len - 1) : key.toString();
    }

    private static char flush(StringBuilder key, char tone) {
        if (tone != 0) {
            key.append(tone);
        }
        return 0;
    }

    /** Grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks in NFD. */
    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
