package org.vanban.normalize;

import java.text.Normalizer;

/**
 * Folding of Vietnamese letters to their base letters: tone marks and vowel marks removed, "đ" to "d". Used
 * wherever text must match regardless of diacritics (search, alignment with other tools' output).
 */
public final class Diacritics {

    private Diacritics() {
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
