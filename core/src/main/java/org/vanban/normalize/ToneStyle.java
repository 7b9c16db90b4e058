package org.vanban.normalize;

/**
 * Where the tone mark sits in the syllables the two Vietnamese conventions disagree on (oa, oe, uy, …).
 */
public enum ToneStyle {
    /** On the first vowel: "hòa", "thủy", "khỏe" — the style of most state documents, and the default. */
    TRADITIONAL,
    /** On the second vowel: "hoà", "thuỷ", "khoẻ". */
    MODERN,
    /** Leave tone marks where the source put them. */
    AS_WRITTEN
}
