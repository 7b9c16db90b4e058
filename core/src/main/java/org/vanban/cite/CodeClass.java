package org.vanban.cite;

/** What an abbreviation inside a symbol stands for (see {@code issuer-codes.tsv} and {@code types.tsv}). */
enum CodeClass {
    /** a type of instrument: "NQ", "QĐ", "TT" */
    TYPE,
    /** a state body: "TTg", "CP", "UBND", "BGDĐT" */
    STATE,
    /** a Party committee level: "TW", "TU", "HU" */
    PARTY_LEVEL,
    /** another Party body: "VPTW", "BCĐ" */
    PARTY
}
