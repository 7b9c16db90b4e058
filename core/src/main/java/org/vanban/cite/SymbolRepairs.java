package org.vanban.cite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a symbol as printed into its canonical form, repairing only what is unambiguous and recording each repair.
 * Every repair ends in a symbol made of known codes: nothing is guessed.
 *
 * <p>Repairs, in the order they are tried (their kinds are the prefixes of the repair lines):
 * {@code spaces}, {@code line-break}, {@code look-alike}, {@code missing-slash}, {@code case}, {@code doubled-letter},
 * {@code missing-hyphen}, {@code stray-letter}, {@code party-shape}, {@code state-shape},
 * {@code missing-type-code}, {@code central-party-issuer}. See {@code package-info}.
 */
final class SymbolRepairs {

    /** The canonical symbol, its year (normative symbols), and the repairs that made it ("kind: before → after"). */
    record Result(String canonical, Integer year, List<String> repairs) {
        Result {
            repairs = List.copyOf(repairs);
        }
    }

    private final CitationLexicon lexicon;

    SymbolRepairs(CitationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Result canonicalize(ParsedSymbol symbol, TypeWord type, String issuer, CharSequence text) {
        Work w = new Work(symbol);
        List<String> repairs = new ArrayList<>();
        if (symbol.spaced()) {
            String kind = symbol.broken() ? "line-break" : "spaces";
            repairs.add(kind + ": " + TextScan.collapseSpaces(text.subSequence(symbol.start(), symbol.end())) + " → "
                    + w.render());
        }
        lookAlikes(w, repairs);
        gluedYear(w, repairs);
        letterCase(w, repairs);
        doubledLetters(w, type, repairs);
        mergedCodes(w, type, repairs);
        shape(w, repairs);
        missingTypeCode(w, type, repairs);
        centralPartyIssuer(w, issuer, repairs);
        return new Result(w.render(), w.hasYear() ? Integer.valueOf(w.parts.get(0)) : null, repairs);
    }

    /** The issuer code of a canonical symbol: its last part ("TW", "CP", "UBND"), or null. */
    static String issuerCode(String canonical) {
        if (canonical == null) {
            return null;
        }
        int cut = Math.max(canonical.lastIndexOf('/'), canonical.lastIndexOf('-'));
        return cut < 0 || cut == canonical.length() - 1 ? null : canonical.substring(cut + 1);
    }

    private static final class Work {
        final String number;
        final List<Character> seps;
        final List<String> parts;

        Work(ParsedSymbol s) {
            number = s.number();
            seps = new ArrayList<>(s.separators());
            parts = new ArrayList<>(s.parts());
        }

        boolean hasYear() {
            return !parts.isEmpty() && seps.get(0) == '/' && ParsedSymbol.isYear(parts.get(0));
        }

        /** Index of the first part after the number and the year. */
        int firstCode() {
            return hasYear() ? 1 : 0;
        }

        String render() {
            StringBuilder sb = new StringBuilder(number);
            for (int i = 0; i < parts.size(); i++) {
                sb.append(seps.get(i)).append(parts.get(i));
            }
            return sb.toString();
        }
    }

    private static void lookAlikes(Work w, List<String> repairs) {
        String before = w.render();
        boolean changed = false;
        for (int i = 0; i < w.parts.size(); i++) {
            String p = w.parts.get(i);
            String fixed = p.replace('\u00D0', 'Đ').replace('\u0189', 'Đ').replace('\u00F0', 'đ');
            if (!fixed.equals(p)) {
                w.parts.set(i, fixed);
                changed = true;
            }
            char sep = w.seps.get(i);
            if (sep != '/' && sep != '-') {
                w.seps.set(i, '-');
                changed = true;
            }
        }
        if (changed) {
            repairs.add("look-alike: " + before + " → " + w.render());
        }
    }

    /** "49/2025TT-BCT" → "49/2025/TT-BCT": the year glued to the type code. */
    private void gluedYear(Work w, List<String> repairs) {
        if (w.parts.isEmpty() || w.seps.get(0) != '/') {
            return;
        }
        String p = w.parts.get(0);
        if (p.length() < 6 || !ParsedSymbol.isYear(p.substring(0, 4)) || TextScan.isDigit(p.charAt(4))
                || lexicon.codeClass(p.substring(4)) != CodeClass.TYPE) {
            return;
        }
        String before = w.render();
        w.parts.set(0, p.substring(0, 4));
        w.parts.add(1, p.substring(4));
        w.seps.add(1, '/');
        repairs.add("missing-slash: " + before + " → " + w.render());
    }

    private void letterCase(Work w, List<String> repairs) {
        String before = w.render();
        boolean changed = false;
        for (int i = 0; i < w.parts.size(); i++) {
            String p = w.parts.get(i);
            String spelled = spellingWithTerm(p);
            if (spelled != null && !spelled.equals(p)) {
                w.parts.set(i, spelled);
                changed = true;
            }
        }
        if (changed) {
            repairs.add("case: " + before + " → " + w.render());
        }
    }

    /** The proper spelling of a code, keeping a trailing term number ("UBTVQH15"), or null if unknown. */
    private String spellingWithTerm(String p) {
        String spelled = lexicon.codeSpelling(p);
        if (spelled != null) {
            return spelled;
        }
        int end = p.length();
        while (end > 0 && TextScan.isDigit(p.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && end < p.length()) {
            String head = lexicon.codeSpelling(p.substring(0, end));
            return head == null ? null : head + p.substring(end);
        }
        return null;
    }

    private boolean known(String code) {
        return lexicon.codeClass(code) != null;
    }

    /**
     * "08-NQQ/TU" → "08-NQ/TU": one letter of a doubled pair removed, when that leaves the type's own code (at the
     * type's place) or a known body code (elsewhere), and only one way does.
     */
    private void doubledLetters(Work w, TypeWord type, List<String> repairs) {
        for (int i = w.firstCode(); i < w.parts.size(); i++) {
            String p = w.parts.get(i);
            if (known(p)) {
                continue;
            }
            boolean typePlace = i == w.firstCode();
            Set<String> candidates = new LinkedHashSet<>();
            for (int k = 1; k < p.length(); k++) {
                if (p.charAt(k) == p.charAt(k - 1) && Character.isLetter(p.charAt(k))) {
                    String c = p.substring(0, k) + p.substring(k + 1);
                    if (typePlace ? type.codes().contains(c) : lexicon.isKnownCode(c) && isIssuerCode(c)) {
                        candidates.add(c);
                    }
                }
            }
            if (candidates.size() == 1) {
                String before = w.render();
                w.parts.set(i, candidates.iterator().next());
                repairs.add("doubled-letter: " + before + " → " + w.render());
            }
        }
    }

    /** "33/CTTTg" → "33/CT-TTg", "729/QĐUBND" → "729/QĐ-UBND", "729/QĐOUBND" → "729/QĐ-UBND". */
    private void mergedCodes(Work w, TypeWord type, List<String> repairs) {
        int at = w.firstCode();
        if (at >= w.parts.size() || known(w.parts.get(at))) {
            return;
        }
        String p = w.parts.get(at);
        for (String code : type.codes()) {
            if (!p.startsWith(code) || p.length() <= code.length()) {
                continue;
            }
            String rest = p.substring(code.length());
            boolean party = w.seps.get(at) == '-';
            if (isIssuerCode(rest)) {
                String before = w.render();
                split(w, at, code, rest, party);
                repairs.add("missing-hyphen: " + before + " → " + w.render());
                return;
            }
            if (rest.length() > 2 && isIssuerCode(rest.substring(1))) {
                String before = w.render();
                split(w, at, code, rest.substring(1), party);
                repairs.add("stray-letter: " + before + " → " + w.render());
                return;
            }
        }
    }

    private boolean isIssuerCode(String code) {
        CodeClass c = lexicon.codeClass(code);
        return c == CodeClass.STATE || c == CodeClass.PARTY_LEVEL || c == CodeClass.PARTY;
    }

    private static void split(Work w, int at, String typeCode, String issuerCode, boolean party) {
        w.parts.set(at, typeCode);
        w.parts.add(at + 1, issuerCode);
        w.seps.add(at + 1, party ? '/' : '-');
    }

    /**
     * Party symbols are "number-TYPE/BODY" ("25-NQ/TW"), state symbols "number/TYPE-BODY" ("33/CT-TTg"). A symbol
     * written in the other shape is turned round when its body code says which it is.
     */
    private void shape(Work w, List<String> repairs) {
        if (w.hasYear() || w.parts.size() != 2) {
            return;
        }
        CodeClass first = lexicon.codeClass(w.parts.get(0));
        CodeClass body = lexicon.codeClass(w.parts.get(1));
        if (first != CodeClass.TYPE || body == null) {
            return;
        }
        char s0 = w.seps.get(0);
        char s1 = w.seps.get(1);
        String before = w.render();
        if (body == CodeClass.PARTY_LEVEL && !(s0 == '-' && s1 == '/')) {
            w.seps.set(0, '-');
            w.seps.set(1, '/');
            repairs.add("party-shape: " + before + " → " + w.render());
        } else if (body == CodeClass.STATE && !(s0 == '/' && s1 == '-')) {
            w.seps.set(0, '/');
            w.seps.set(1, '-');
            repairs.add("state-shape: " + before + " → " + w.render());
        }
    }

    /** "36/2017/BGDĐT" in a Thông tư → "36/2017/TT-BGDĐT". Laws and resolutions of the National Assembly carry no code. */
    private void missingTypeCode(Work w, TypeWord type, List<String> repairs) {
        if (!type.coded() || type.mainCode() == null || !w.hasYear() || w.parts.size() != 2) {
            return;
        }
        String body = w.parts.get(1);
        if (lexicon.codeClass(body) != CodeClass.STATE || body.toUpperCase(java.util.Locale.ROOT).startsWith("QH")
                || body.toUpperCase(java.util.Locale.ROOT).startsWith("UBTVQH")) {
            return;
        }
        String before = w.render();
        w.parts.add(1, type.mainCode());
        w.seps.add(1, '/');
        w.seps.set(2, '-');
        repairs.add("missing-type-code: " + before + " → " + w.render());
    }

    /** "114-KL/TU … của Ban Bí thư" → "114-KL/TW": central Party bodies sign with "/TW". */
    private void centralPartyIssuer(Work w, String issuer, List<String> repairs) {
        int last = w.parts.size() - 1;
        if (issuer == null || last < 1 || w.seps.get(0) != '-' || !w.parts.get(last).equals("TU")
                || !lexicon.isCentralPartyIssuer(issuer)) {
            return;
        }
        String before = w.render();
        w.parts.set(last, "TW");
        repairs.add("central-party-issuer: " + before + " → " + w.render());
    }
}
