package org.vanban.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A citation while it is being worked out: what the grammar found at one place, then what coordination and the
 * other mentions of the document add. Confined to one extraction; {@link Citation} is what leaves it.
 */
final class Mention {

    /** What kind of reference this is. */
    enum Kind {
        /** a type word and a number/symbol: "Nghị định số 04/2015/NĐ-CP" */
        SYMBOL,
        /** a name alone: "Luật Tiếp công dân", "Nghị quyết Trung ương 4 khóa XII" */
        NAME,
        /** a type word and a bare number that an earlier mention explains: "Nghị quyết 25" */
        SHORT
    }

    final Kind kind;
    final int start;
    int end;
    final TypeWord typeWord;
    /** the symbol, for {@link Kind#SYMBOL} */
    final ParsedSymbol symbol;
    /** the bare number, for {@link Kind#SHORT} */
    final String shortNumber;
    /** the canonical name, for {@link Kind#NAME}; the law's title for a law cited by name and number */
    final String title;
    /** a year written with a name ("Hiến pháp năm 2013") */
    Integer nameYear;
    LocalDate date;
    String issuer;
    boolean sharedIssuer;
    String name;
    /** repairs noted while reading ("sổ" for "số") */
    final List<String> repairs = new ArrayList<>();
    /** repairs that made {@link #canonical} from the printed symbol; recomputed when the issuer changes */
    List<String> symbolRepairs = List.of();
    /** the year inside the repaired symbol ("49/2025TT-BCT" has 2025), or null */
    Integer symbolYear;
    /** the year that identifies the instrument: this mention's own, or one resolved from another mention */
    Integer keyYear;
    /** an unresolved short reference, or a mention of the document itself: left out */
    boolean dropped;
    String canonical;
    String key;

    private Mention(Kind kind, int start, int end, TypeWord typeWord, ParsedSymbol symbol, String shortNumber,
            String title) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.typeWord = typeWord;
        this.symbol = symbol;
        this.shortNumber = shortNumber;
        this.title = title;
    }

    static Mention ofSymbol(int start, TypeWord type, ParsedSymbol symbol, String lawTitle) {
        return new Mention(Kind.SYMBOL, start, symbol.end(), type, symbol, null, lawTitle);
    }

    static Mention ofName(int start, int end, TypeWord type, String canonicalName) {
        return new Mention(Kind.NAME, start, end, type, null, null, canonicalName);
    }

    static Mention ofShort(int start, int end, TypeWord type, String number) {
        return new Mention(Kind.SHORT, start, end, type, null, number, null);
    }

    /** The year this mention carries itself: from its symbol, else its own date, else a year written with its name. */
    Integer ownYear() {
        if (symbolYear != null) {
            return symbolYear;
        }
        if (date != null) {
            return date.getYear();
        }
        return nameYear;
    }

    String type() {
        return typeWord.type();
    }
}
