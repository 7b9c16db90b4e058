package org.vanban.read;

import java.text.Normalizer;
import org.vanban.normalize.VietnameseSyllable;

/**
 * How Vietnamese a text looks: among its words that contain a non-ASCII character, how many are well-formed
 * Vietnamese syllables and how many are not. The same bytes read in the wrong code make words that no Vietnamese
 * spelling allows ("Hµ", "Vieät", "Viêịt"), so comparing the profiles of the candidate readings tells the codes
 * apart. Pure ASCII words are left out (they read the same in every candidate), and so are one-character words.
 */
record CharacterProfile(int valid, int invalid) {

    static final CharacterProfile EMPTY = new CharacterProfile(0, 0);

    /** Valid minus invalid words. */
    int net() {
        return valid - invalid;
    }

    static CharacterProfile of(CharSequence text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text.toString()
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        int valid = 0;
        int invalid = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(s.charAt(i))) {
                i++;
            }
            int start = i;
            boolean nonAscii = false;
            while (i < n && !isSeparator(s.charAt(i))) {
                nonAscii |= s.charAt(i) >= 0x80;
                i++;
            }
            if (!nonAscii) {
                continue;
            }
            int from = start;
            int to = i;
            while (from < to && isEdgePunctuation(s.charAt(from))) {
                from++;
            }
            while (to > from && isEdgePunctuation(s.charAt(to - 1))) {
                to--;
            }
            if (to - from < 2) {
                continue; // a lone letter or sign says little: "à", "×"
            }
            if (VietnameseSyllable.isSyllable(s.substring(from, to))) {
                valid++;
            } else {
                invalid++;
            }
        }
        return new CharacterProfile(valid, invalid);
    }

    /** Whitespace, ASCII digits and ASCII punctuation end a word; other non-letters stay inside it. */
    private static boolean isSeparator(char c) {
        return c <= ' ' || (c < 0x80 && !Character.isLetter(c)) || Character.isWhitespace(c) || c == '\u00A0';
    }

    /** Quotation marks, dashes, brackets and ellipses around a word are not part of it. */
    private static boolean isEdgePunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || c == '\u2026' || c == '\u2022';
    }
}
