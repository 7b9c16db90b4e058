package org.vanban.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The citation grammar: finds mentions of instruments in one pass over the text.
 *
 * <p>The pass probes the type-word trie at each word start (the cheap pre-filter: most words fail on their first or
 * second letter) and runs the full grammar only after a type word:
 * <pre>
 *   mention  = type [law-name] ["số" | "sổ"] symbol [date] ["của" issuer] [date]
 *            | law-type law-name {("," | "và") law-name} [year | date]      (known names only)
 *            | type named-instrument                                        (named-instruments.tsv)
 *            | type number [date] ["của" issuer]                            (short reference, resolved later)
 *   symbol   = number {sep part}      date = "ngày" (d/m/yyyy | d tháng m năm yyyy)
 * </pre>
 * A symbol that follows a mention after "," or "và" without a type word of its own ("Quyết định số 217-QĐ/TW và
 * 218-QĐ/TW") takes the type of the one before. Every step walks forward a bounded distance; nothing backtracks.
 */
final class MentionScanner {

    private static final int MAX_OPEN_NAME_WORDS = 14;
    private static final int NAMED_WINDOW = 200;

    private final CitationLexicon lexicon;
    private final SymbolParser symbols;
    private final IssuerGrammar issuers;

    MentionScanner(CitationLexicon lexicon, SymbolParser symbols, IssuerGrammar issuers) {
        this.lexicon = lexicon;
        this.symbols = symbols;
        this.issuers = issuers;
    }

    List<Mention> scan(String text) {
        List<Mention> out = new ArrayList<>();
        PhraseTrie<TypeWord> types = lexicon.typeWords();
        int n = text.length();
        int amendingUntil = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && TextScan.isWordChar(text.charAt(i - 1)))
                    || !types.mayStartWith(c)) {
                i++;
                continue;
            }
            PhraseTrie.Match<TypeWord> tw = types.longest(text, i);
            if (tw == null) {
                i++;
                continue;
            }
            if (tw.value().law() && isAmendingLaw(text, tw.end())) {
                amendingUntil = clauseEnd(text, tw.end());
            }
            List<Mention> found = mentionsAt(text, i, tw.value(), tw.end(), i < amendingUntil);
            if (found.isEmpty()) {
                i = tw.end();
                continue;
            }
            int end = i;
            for (Mention m : found) {
                out.add(m);
                end = Math.max(end, m.end);
            }
            i = end;
        }
        return out;
    }

    private List<Mention> mentionsAt(String text, int start, TypeWord type, int typeEnd, boolean amending) {
        int p = TextScan.skipSpaces(text, typeEnd, 1);
        if (type.law()) {
            List<Mention> laws = laws(text, start, type, typeEnd, p, amending);
            if (!laws.isEmpty()) {
                return laws;
            }
        }
        int afterSo = so(text, p);
        int q = afterSo >= 0 ? TextScan.skipSpaces(text, afterSo, 1) : p;
        if (afterSo >= 0 && text.charAt(afterSo - 1) == ':' && hasLineBreak(text, typeEnd, afterSo)) {
            return List.of(); // "QUYẾT ĐỊNH\nSố: 12/QĐ-UBND": a header, not a citation
        }
        ParsedSymbol symbol = symbols.parse(text, q);
        if (symbol != null) {
            Mention m = Mention.ofSymbol(start, type, symbol, null);
            noteSo(text, p, afterSo, m);
            trailing(text, m);
            List<Mention> all = new ArrayList<>(2);
            all.add(m);
            coordinatedSymbols(text, m, all);
            return all;
        }
        if (type.named() && TextScan.isUpper(text.charAt(start))) {
            Mention named = named(text, start, type, p);
            if (named != null) {
                return List.of(named);
            }
        }
        if (!type.abbr()) {
            Mention shortRef = shortReference(text, start, type, q);
            if (shortRef != null) {
                noteSo(text, p, afterSo, shortRef);
                return List.of(shortRef);
            }
        }
        return List.of();
    }

    /** The end of "số"/"sổ" (and a colon) at {@code p}, or -1. */
    private static int so(String text, int p) {
        int e = TextScan.matchFolded(text, p, "so");
        if (e < 0) {
            return -1;
        }
        char vowel = Character.toLowerCase(text.charAt(p + 1));
        if (vowel != 'ố' && vowel != 'ổ' && vowel != 'o' && vowel != 'ô') {
            return -1; // "sở", "sợ": other words
        }
        return e < text.length() && text.charAt(e) == ':' ? e + 1 : e;
    }

    private static void noteSo(String text, int p, int afterSo, Mention m) {
        if (afterSo >= 0 && Character.toLowerCase(text.charAt(p + 1)) == 'ổ') {
            m.repairs.add("so-typo: " + text.substring(p, p + 2) + " → số");
        }
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A date, "của" and an issuer, and a date after the issuer, extend the mention. */
    private void trailing(String text, Mention m) {
        int p = m.end;
        DateGrammar.Found d = DateGrammar.ngayAt(text, TextScan.skipSpaces(text, p, 1));
        if (d != null) {
            m.date = d.date();
            p = d.end();
        }
        IssuerGrammar.Found iss = issuers.afterCua(text, TextScan.skipSpaces(text, p, 1));
        if (iss != null) {
            m.issuer = iss.issuer();
            p = iss.end();
            if (m.date == null) {
                DateGrammar.Found d2 = DateGrammar.ngayAt(text, TextScan.skipSpaces(text, p, 1));
                if (d2 != null) {
                    m.date = d2.date();
                    p = d2.end();
                }
            }
        }
        m.end = p;
    }

    /** "… 217-QĐ/TW và 218-QĐ/TW", "… số 01/2020/TT-BGDĐT, 02/2020/TT-BGDĐT": more symbols of the same type. */
    private void coordinatedSymbols(String text, Mention first, List<Mention> out) {
        Mention last = first;
        for (int guard = 0; guard < 20; guard++) {
            int p = TextScan.skipSpaces(text, last.end, 1);
            int q;
            if (p < text.length() && text.charAt(p) == ',') {
                q = TextScan.skipSpaces(text, p + 1, 1);
                int va = TextScan.matchFolded(text, q, "va");
                if (va >= 0) {
                    q = TextScan.skipSpaces(text, va, 1);
                }
            } else {
                int va = TextScan.matchFolded(text, p, "va");
                if (va < 0) {
                    return;
                }
                q = TextScan.skipSpaces(text, va, 1);
            }
            int afterSo = so(text, q);
            if (afterSo >= 0) {
                q = TextScan.skipSpaces(text, afterSo, 1);
            }
            ParsedSymbol s = symbols.parse(text, q);
            if (s == null || !sameKind(first.symbol, s)) {
                return;
            }
            Mention m = Mention.ofSymbol(q, first.typeWord, s, null);
            trailing(text, m);
            out.add(m);
            last = m;
        }
    }

    /** Two symbols of one list: the same shape and the same type code ("217-QĐ/TW", "218-QĐ/TW"). */
    private static boolean sameKind(ParsedSymbol a, ParsedSymbol b) {
        if (a.parts().size() != b.parts().size() || !a.separators().equals(b.separators())) {
            return false;
        }
        int typeAt = a.year() != null ? 1 : 0;
        return b.parts().size() > typeAt && a.parts().get(typeAt).equalsIgnoreCase(b.parts().get(typeAt));
    }

    /** Laws, codes, ordinances and the constitution: by name, by name and number, or by number. */
    private List<Mention> laws(String text, int start, TypeWord type, int typeEnd, int p, boolean amending) {
        boolean capitalised = TextScan.isUpper(text.charAt(start));
        if (type.type().equals("Hiến pháp")) {
            if (!capitalised) {
                return List.of();
            }
            int[] year = DateGrammar.yearAt(text, p);
            if (year == null) {
                return List.of(Mention.ofName(start, typeEnd, type, "Hiến pháp"));
            }
            Mention m = Mention.ofName(start, year[1], type, "Hiến pháp năm " + year[0]);
            m.nameYear = year[0];
            return List.of(m);
        }
        PhraseTrie<LawName> names = lexicon.lawNames(type.type());
        PhraseTrie.Match<LawName> known = names == null ? null : names.longest(text, p);
        if (known != null) {
            Mention numbered = numberedLaw(text, start, type, known.end(), known.value().canonical());
            if (numbered != null) {
                return List.of(numbered);
            }
            if (!capitalised) {
                return List.of(); // "pháp luật đất đai", "luật đất đai": legislation in general
            }
            List<LawName> laws = new ArrayList<>(2);
            laws.add(known.value());
            int end = known.end();
            for (int guard = 0; guard < 10; guard++) {
                int k = TextScan.skipSpaces(text, end, 1);
                int next;
                if (k < text.length() && text.charAt(k) == ',') {
                    next = TextScan.skipSpaces(text, k + 1, 1);
                } else {
                    int va = TextScan.matchFolded(text, k, "va");
                    if (va < 0) {
                        break;
                    }
                    next = TextScan.skipSpaces(text, va, 1);
                }
                if (lexicon.typeWords().longest(text, next) != null) {
                    break; // "…, Luật Đất đai": a mention of its own
                }
                PhraseTrie.Match<LawName> more = names.longest(text, next);
                if (more == null || !TextScan.wordEndsAt(text, more.end())) {
                    break;
                }
                laws.add(more.value());
                end = more.end();
            }
            Integer nameYear = null;
            java.time.LocalDate date = null;
            int[] year = DateGrammar.yearAt(text, TextScan.skipSpaces(text, end, 1));
            if (year != null) {
                nameYear = year[0];
                end = year[1];
            } else if (!amending) {
                DateGrammar.Found d = DateGrammar.ngayAt(text, TextScan.skipSpaces(text, end, 1));
                if (d != null) {
                    date = d.date();
                    end = d.end();
                }
            }
            List<Mention> out = new ArrayList<>(laws.size());
            for (LawName law : laws) {
                Mention m = Mention.ofName(start, end, type, law.canonical());
                m.nameYear = nameYear;
                m.date = date;
                out.add(m);
            }
            return out;
        }
        if (!capitalised || p >= text.length() || !TextScan.isUpper(text.charAt(p))) {
            return List.of();
        }
        // A name not in the list counts when its number or date follows: "Luật Quy hoạch số 21/2017/QH14".
        int q = p;
        for (int words = 0; words < MAX_OPEN_NAME_WORDS; words++) {
            int wEnd = IssuerGrammar.wordEnd(text, q);
            if (wEnd == q || !Character.isLetter(text.charAt(q))) {
                return List.of();
            }
            if (words > 0 && lexicon.typeWords().longest(text, q) != null) {
                return List.of(); // another type word: that one is the mention
            }
            String title = type.type() + " " + TextScan.collapseSpaces(text.subSequence(p, wEnd));
            Mention numbered = numberedLaw(text, start, type, wEnd, title);
            if (numbered != null) {
                return List.of(numbered);
            }
            int next = TextScan.skipSpaces(text, wEnd, 1);
            if (next == wEnd) {
                return List.of();
            }
            DateGrammar.Found d = amending ? null : DateGrammar.ngayAt(text, next);
            if (d != null) {
                Mention m = Mention.ofName(start, d.end(), type, title);
                m.date = d.date();
                return List.of(m);
            }
            q = next;
        }
        return List.of();
    }

    /** "… số 31/2024/QH15" after a law's name ending at {@code nameEnd}, as a mention, or null. */
    private Mention numberedLaw(String text, int start, TypeWord type, int nameEnd, String title) {
        int p = TextScan.skipSpaces(text, nameEnd, 1);
        int afterSo = so(text, p);
        if (afterSo < 0) {
            return null;
        }
        ParsedSymbol s = symbols.parse(text, TextScan.skipSpaces(text, afterSo, 1));
        if (s == null) {
            return null;
        }
        Mention m = Mention.ofSymbol(start, type, s, title);
        noteSo(text, p, afterSo, m);
        trailing(text, m);
        return m;
    }

    /** "Luật sửa đổi, bổ sung …": the laws it names are amended by it; a date that follows is its own. */
    private static boolean isAmendingLaw(String text, int typeEnd) {
        return TextScan.matchFolded(text, TextScan.skipSpaces(text, typeEnd, 1), "sua doi") >= 0;
    }

    /** The end of the clause containing {@code from}: the next ';' or '.', or a paragraph break. */
    private static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 2000);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';' || (c == '.' && (i + 1 >= text.length() || TextScan.isSpace(text.charAt(i + 1))))
                    || (c == '\n' && TextScan.skipSpaces(text, i, 1) == i)) {
                return i;
            }
        }
        return limit;
    }

    private Mention named(String text, int start, TypeWord type, int p) {
        for (NamedInstrument ni : lexicon.namedInstruments(type.type())) {
            Matcher m = ni.pattern().matcher(text);
            m.region(p, Math.min(text.length(), p + NAMED_WINDOW));
            if (m.lookingAt()) {
                return Mention.ofName(start, m.end(), type, ni.canonical(m));
            }
        }
        return null;
    }

    /** "Nghị quyết 25", "Chỉ thị số 33": a type word and a bare number. */
    private Mention shortReference(String text, int start, TypeWord type, int q) {
        int e = q;
        while (e < text.length() && TextScan.isDigit(text.charAt(e)) && e - q < 5) {
            e++;
        }
        if (e == q || e - q > 4 || !TextScan.wordEndsAt(text, e)) {
            return null;
        }
        if (e < text.length()) {
            char c = text.charAt(e);
            if (c == '/' || c == '-' || c == '.' && e + 1 < text.length() && TextScan.isDigit(text.charAt(e + 1))) {
                return null; // a symbol we could not read, a date, a decimal
            }
        }
        Mention m = Mention.ofShort(start, e, type, text.substring(q, e));
        trailing(text, m);
        return m;
    }
}
