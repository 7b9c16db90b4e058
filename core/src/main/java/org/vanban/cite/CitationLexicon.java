package org.vanban.cite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The word lists the citation grammar runs on, read from the resource files of this package (see
 * {@code package-info}). Immutable and shared: {@link #defaults()} reads the files once.
 */
final class CitationLexicon {

    private static final String BASE = "/org/vanban/cite/";

    private final PhraseTrie<TypeWord> typeWords = new PhraseTrie<>();
    /** Every known code by its upper-case form, mapped to its proper spelling ("TTG" → "TTg"). */
    private final Map<String, String> codeSpelling = new HashMap<>();
    private final Map<String, CodeClass> codeClass = new HashMap<>();
    private final Set<String> issuerWords = new HashSet<>();
    private final PhraseTrie<Boolean> bodies = new PhraseTrie<>();
    private final List<String> centralPartyIssuers = new ArrayList<>();
    private final Map<String, String> issuerTypos = new HashMap<>();
    private final PhraseTrie<Boolean> subjectLeads = new PhraseTrie<>();
    private final List<String> subjectStops = new ArrayList<>();
    private final Map<String, PhraseTrie<LawName>> lawNamesByType = new HashMap<>();
    private final Map<String, List<NamedInstrument>> namedByType = new HashMap<>();
    private final Map<String, List<SymbolAlias>> aliases = new HashMap<>();

    private CitationLexicon() {
    }

    private static final class Holder {
        private static final CitationLexicon DEFAULTS = load();
    }

    static CitationLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static CitationLexicon load() {
        CitationLexicon lx = new CitationLexicon();
        for (String[] row : rows("types.tsv", 4)) {
            List<String> codes = row[2].equals("-") ? List.of() : List.of(row[2].split(","));
            Set<String> kinds = Set.of(row[3].isBlank() ? new String[0] : row[3].split(","));
            lx.typeWords.add(row[0], new TypeWord(row[1], codes, kinds.contains("law"), kinds.contains("named"),
                    kinds.contains("abbr"), kinds.contains("coded")));
            for (String code : codes) {
                lx.addCode(code, CodeClass.TYPE);
            }
        }
        for (String[] row : rows("issuer-codes.tsv", 3)) {
            CodeClass cls;
            switch (row[1]) {
                case "state":
                    cls = CodeClass.STATE;
                    break;
                case "party-level":
                    cls = CodeClass.PARTY_LEVEL;
                    break;
                case "party":
                    cls = CodeClass.PARTY;
                    break;
                default:
                    throw new IllegalStateException(BASE + "issuer-codes.tsv: unknown class " + row[1]);
            }
            lx.addCode(row[0], cls);
        }
        for (String[] row : rows("issuer-words.txt", 1)) {
            lx.issuerWords.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : rows("bodies.txt", 1)) {
            lx.bodies.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("central-party-issuers.txt", 1)) {
            lx.centralPartyIssuers.add(Folding.foldPhrase(row[0]));
        }
        for (String[] row : rows("issuer-typos.tsv", 2)) {
            lx.issuerTypos.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        for (String[] row : rows("subject-leads.txt", 1)) {
            lx.subjectLeads.add(row[0], Boolean.TRUE);
        }
        for (String[] row : rows("subject-stops.txt", 1)) {
            lx.subjectStops.add(Folding.foldPhrase(row[0]));
        }
        for (String[] row : rows("law-names.tsv", 2)) {
            String type = row[0];
            String canonical = row[1];
            String namePart = canonical.equals(type) ? null : canonical.substring(type.length()).strip();
            if (!canonical.startsWith(type)) {
                throw new IllegalStateException(BASE + "law-names.tsv: " + canonical + " does not start with " + type);
            }
            if (namePart != null) {
                lx.lawNamesByType.computeIfAbsent(type, t -> new PhraseTrie<>()).add(namePart,
                        new LawName(type, canonical));
            }
        }
        for (String[] row : rows("named-instruments.tsv", 3)) {
            Pattern p;
            try {
                p = Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(BASE + "named-instruments.tsv: bad pattern " + row[1], e);
            }
            lx.namedByType.computeIfAbsent(row[0], t -> new ArrayList<>()).add(new NamedInstrument(row[0], p, row[2]));
        }
        for (String[] row : rows("symbol-aliases.tsv", 6)) {
            try {
                SymbolAlias a = new SymbolAlias(row[0], Integer.parseInt(row[1]), LocalDate.parse(row[2]), row[3],
                        row[4], row[5]);
                lx.aliases.computeIfAbsent(a.printed(), k -> new ArrayList<>()).add(a);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalStateException(BASE + "symbol-aliases.tsv: bad row " + String.join(" | ", row), e);
            }
        }
        return lx;
    }

    private void addCode(String code, CodeClass cls) {
        String upper = code.toUpperCase(Locale.ROOT);
        codeSpelling.putIfAbsent(upper, code);
        codeClass.putIfAbsent(upper, cls);
    }

    /** The rows of a resource file: tab-separated, '#' starts a comment line, blank lines skipped. */
    private static List<String[]> rows(String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CitationLexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) {
                    throw new IllegalStateException(BASE + name + ":" + lineNo + ": expected " + minColumns
                            + " tab-separated columns, got " + cols.length);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + name, e);
        }
        return rows;
    }

    PhraseTrie<TypeWord> typeWords() {
        return typeWords;
    }

    /** The proper spelling of a code written in any case ("TTG" → "TTg"), or null if it is not known. */
    String codeSpelling(String code) {
        return codeSpelling.get(code.toUpperCase(Locale.ROOT));
    }

    /** The class of a code, ignoring case and a trailing term number ("QH15"), or null if unknown. */
    CodeClass codeClass(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        CodeClass c = codeClass.get(upper);
        if (c == null) {
            int end = upper.length();
            while (end > 0 && TextScan.isDigit(upper.charAt(end - 1))) {
                end--;
            }
            if (end < upper.length() && end > 0) {
                c = codeClass.get(upper.substring(0, end));
            }
        }
        return c;
    }

    /** Is this a known code of any class, spelled exactly so? */
    boolean isKnownCode(String code) {
        String spelled = codeSpelling(code);
        return spelled != null && spelled.equals(code);
    }

    /** Names of bodies ("Bộ Kế hoạch và Đầu tư"), so that an issuer's lower-case words are read whole. */
    PhraseTrie<Boolean> bodies() {
        return bodies;
    }

    /** Is this lower-case word one that may stand inside an issuer's name ({@code issuer-words.txt})? */
    boolean isIssuerWord(String lowerCaseWord) {
        return issuerWords.contains(lowerCaseWord);
    }

    /** Does the issuer name a central Party body (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương)? */
    boolean isCentralPartyIssuer(String issuer) {
        String folded = " " + Folding.foldPhrase(issuer) + " ";
        for (String p : centralPartyIssuers) {
            if (folded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The corrected spelling of a misspelt issuer phrase found in {@code issuer}, as "written → correct", or null. */
    String issuerTypo(String issuer) {
        String lower = issuer.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : issuerTypos.entrySet()) {
            int at = lower.indexOf(e.getKey());
            if (at >= 0) {
                return issuer.substring(at, at + e.getKey().length()) + " → " + e.getValue();
            }
        }
        return null;
    }

    PhraseTrie<Boolean> subjectLeads() {
        return subjectLeads;
    }

    List<String> subjectStops() {
        return subjectStops;
    }

    /** The known names of laws of a type ("Luật", "Bộ luật", "Pháp lệnh"), or null. */
    PhraseTrie<LawName> lawNames(String type) {
        return lawNamesByType.get(type);
    }

    List<NamedInstrument> namedInstruments(String type) {
        return namedByType.getOrDefault(type, List.of());
    }

    List<SymbolAlias> aliases(String printed) {
        return aliases.getOrDefault(printed, List.of());
    }
}
