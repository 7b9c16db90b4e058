package org.vanban.segment;

/** What a {@link WordToken} is made of. */
public enum TokenKind {
    /** Letters: one Vietnamese word of one or more syllables ("Nghị định", "dân vận"), or a hyphenated word. */
    WORD,
    /** Digits, possibly with inner "." or "," and a trailing "%" ("2022", "1.500", "3,4", "100%"). */
    NUMBER,
    /**
     * Kept whole because splitting it would break its meaning: a document symbol ("08-NQ/TU", "30/2020/NĐ-CP"),
     * a date ("25/11/2021"), an abbreviation with inner punctuation ("GD&ĐT", "V/v"), or a span the caller
     * protected.
     */
    SYMBOL,
    /** Punctuation and other marks; a run of the same mark ("...", "-----") is one token. */
    PUNCTUATION
}
