package org.vanban.entity;

import org.vanban.normalize.SyllableKey;

/**
 * One token of a text: a word (a run of letters and digits, with "&amp;" inside, as in "GD&amp;ĐT") or a single
 * punctuation character. Whitespace is never a token.
 *
 * @param start offset of the first {@code char}
 * @param end   offset after the last {@code char}
 * @param text  the token as written
 * @param key   the lookup key: lower case, tone mark moved to the end so that "hoá" and "hóa" agree
 * @param word  true for words, false for punctuation
 */
public record Token(int start, int end, String text, String key, boolean word) {

    /** True if the first letter is upper case ("Phòng", "UBND", "Đào"). */
    public boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** True for a word of two or more letters all in upper case, or upper case letters and digits ("GDĐT", "THCS"). */
    public boolean allCaps() {
        if (!word) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean isDigits() {
        if (!word) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True if this token is the word {@code w}, ignoring case and tone-mark placement. */
    public boolean isWord(String w) {
        return word && key.equals(SyllableKey.of(w));
    }

    /** True if this token is the punctuation character {@code c}. */
    public boolean is(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }
}
