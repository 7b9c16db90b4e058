package org.vanban.cite;

import java.util.List;

/**
 * A type word from {@code types.tsv}.
 *
 * @param type   the normalised type ("Quyết định", also for "QĐ")
 * @param codes  the type's abbreviations inside symbols, the usual one first; empty when it has none
 * @param law    a name may stand between the type word and the number, and a known name alone is a citation
 * @param named  named instruments of this type are looked up in {@code named-instruments.tsv}
 * @param abbr   an abbreviation: a citation only when a number/symbol follows
 * @param coded  a normative symbol of this type must carry its code
 */
record TypeWord(String type, List<String> codes, boolean law, boolean named, boolean abbr, boolean coded) {

    TypeWord {
        codes = List.copyOf(codes);
    }

    String mainCode() {
        return codes.isEmpty() ? null : codes.get(0);
    }
}
