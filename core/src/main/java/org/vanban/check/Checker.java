package org.vanban.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vanban.AnalyzedDocument;
import org.vanban.cite.Citation;
import org.vanban.registry.AdministrativeLevel;
import org.vanban.registry.AdministrativeUnit;
import org.vanban.registry.AdministrativeUnits;
import org.vanban.registry.Confidence;
import org.vanban.registry.Instrument;
import org.vanban.registry.InstrumentStatus;
import org.vanban.registry.LevelAbolition;
import org.vanban.registry.Registry;
import org.vanban.registry.Relation;
import org.vanban.registry.RelationType;
import org.vanban.registry.Resolution;
import org.vanban.registry.Symbols;

/**
 * Checks a document's citations against a {@link Registry} and its bodies of local government against the
 * {@link AdministrativeUnits} history, as of a date. Immutable and thread-safe: build once, check from many
 * threads. The findings, their severities and the rules behind them are described in the package documentation.
 */
public final class Checker {

    private static final Messages MESSAGES = Messages.INSTANCE;
    private static final Set<FindingCode> NEEDS_SOURCE = java.util.EnumSet.of(FindingCode.SUPERSEDED,
            FindingCode.EXPIRED, FindingCode.PARTLY_EXPIRED, FindingCode.AMENDED, FindingCode.NOT_YET_EFFECTIVE,
            FindingCode.DATE_MISMATCH, FindingCode.ISSUER_MISMATCH, FindingCode.DEFUNCT_UNIT);

    private final Registry registry;
    private final AdministrativeUnits units;
    private final Clock clock;
    private final UnitBodyMatcher bodies = new UnitBodyMatcher();
    private final IssuerNames issuers = new IssuerNames();

    /** The registry's issuers in the form issuers are compared in, computed once. */
    private final Map<String, String> registryIssuers = new HashMap<>();

    private Checker(Registry registry, AdministrativeUnits units, Clock clock) {
        this.registry = registry;
        this.units = units;
        this.clock = clock;
        for (Instrument i : registry.instruments()) {
            if (i.issuer() != null) {
                registryIssuers.computeIfAbsent(i.issuer(), issuers::normal);
            }
        }
    }

    /** A checker over a registry and a unit history; "today" is the system clock's. */
    public static Checker of(Registry registry, AdministrativeUnits units) {
        return new Checker(registry, units, Clock.systemDefaultZone());
    }

    /** A checker whose "today" comes from {@code clock} (for reproducible results). */
    public static Checker of(Registry registry, AdministrativeUnits units, Clock clock) {
        return new Checker(registry, units, clock);
    }

    public Registry registry() {
        return registry;
    }

    /** The day a check runs as of when none is given: the document's own date, else today. */
    public LocalDate defaultAsOf(AnalyzedDocument doc) {
        return doc.issuedDate() != null ? doc.issuedDate() : LocalDate.now(clock);
    }

    /** Checks as of the document's own date, else today. */
    public List<Finding> check(AnalyzedDocument doc) {
        return check(doc, defaultAsOf(doc));
    }

    /** Every finding for {@code doc} as of {@code asOf}, ordered by position, then by severity (highest first). */
    public List<Finding> check(AnalyzedDocument doc, LocalDate asOf) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate docDate = doc.issuedDate() != null ? doc.issuedDate() : asOf;
        List<Finding> out = new ArrayList<>();
        Map<String, Set<Integer>> yearsBySymbol = new HashMap<>();
        for (Citation c : doc.citations()) {
            if (c.canonical() != null && c.year() != null) {
                yearsBySymbol.computeIfAbsent(Symbols.fingerprint(c.canonical()), k -> new TreeSet<>()).add(c.year());
            }
        }
        Set<String> reportedOnce = new HashSet<>();
        for (Citation c : doc.citations()) {
            checkCitation(c, asOf, docDate, yearsBySymbol, reportedOnce, out);
        }
        checkMentions(doc.citations(), out);
        checkUnits(doc, asOf, out);
        // A finding about validity must stand on a fact some source states; a bare claim is not enough.
        out.removeIf(f -> NEEDS_SOURCE.contains(f.code()) && f.sources().isEmpty());
        out.sort(Comparator.comparingInt(Finding::start)
                .thenComparing(Finding::severity, Comparator.reverseOrder())
                .thenComparing(Finding::code));
        return List.copyOf(out);
    }

    // ---- citations -------------------------------------------------------------------------------------------

    private void checkCitation(Citation c, LocalDate asOf, LocalDate docDate, Map<String, Set<Integer>> years,
            Set<String> reportedOnce, List<Finding> out) {
        String cited = label(c);
        if (c.date() != null && c.date().isAfter(docDate)) {
            Map<String, Object> v = Map.of("cited", cited, "cited_date", c.date(), "doc_date", docDate);
            out.add(documentFinding(FindingCode.CITED_BEFORE_ISSUED, c, v, null,
                    "this document: the citation's printed date " + c.date() + " is after " + docDate));
        }
        Integer year = c.year();
        boolean yearFromSibling = false;
        if (year == null && c.key() != null && Symbols.yearOfKey(c.key()) != null
                && c.key().startsWith(String.valueOf(c.canonical()))) {
            // The extractor resolved this bare mention to an instrument cited with its year elsewhere.
            year = Symbols.yearOfKey(c.key());
            yearFromSibling = true;
        }
        if (year == null && c.canonical() != null) {
            Set<Integer> seen = years.get(Symbols.fingerprint(c.canonical()));
            if (seen != null && seen.size() == 1) {
                year = seen.iterator().next();
                yearFromSibling = true;
            }
        }
        Resolution res = registry.resolve(c.canonical(), year, c.date(), asOf);
        Instrument entry = res.instrument();
        checkSymbol(c, entry, out);
        String onceKey = c.key() != null ? c.key() : c.canonical();
        if (res.outcome() == Resolution.Outcome.UNKNOWN) {
            if (onceKey != null && reportedOnce.add("unknown " + onceKey)) {
                out.add(documentFinding(FindingCode.UNKNOWN, c, Map.of("cited", cited), null,
                        "registry: " + (res.note() == null ? "no entry" : res.note())));
            }
            return;
        }
        if (res.outcome() == Resolution.Outcome.AMBIGUOUS) {
            if (onceKey != null && reportedOnce.add("ambiguous " + onceKey)) {
                String candidates = res.candidates().stream().map(Checker::describe).collect(Collectors.joining("; "));
                List<String> sources = res.candidates().stream().flatMap(i -> i.sources().stream()).distinct()
                        .toList();
                out.add(finding(FindingCode.AMBIGUOUS, Confidence.SOURCED, false, c,
                        Map.of("cited", cited, "candidates", candidates), null, null, res.note(), sources, ""));
            }
            return;
        }
        String extra = res.weak() ? "weak" : yearFromSibling ? "sibling" : "";
        checkFacts(c, cited, entry, docDate, extra, byName(res), out);
        checkStatus(c, cited, entry, asOf, extra, out);
    }

    private void checkSymbol(Citation c, Instrument entry, List<Finding> out) {
        boolean registrySpelling = entry != null && entry.symbol() != null && c.symbol() != null
                && c.canonical() != null
                && !entry.symbol().equals(c.canonical());
        if (c.repairs().isEmpty() && !registrySpelling) {
            return;
        }
        String printed = c.symbol() != null ? c.symbol() : c.canonical();
        String repaired = registrySpelling ? entry.symbol() : c.canonical();
        if (printed == null || repaired == null || printed.equals(repaired)) {
            return;
        }
        Messages.Bilingual why;
        String basis;
        List<String> sources;
        if (!c.repairs().isEmpty() && !registrySpelling) {
            String repairs = String.join("; ", c.repairs());
            why = MESSAGES.both("why.repairs", Map.of("repairs", repairs));
            basis = "citation extraction: " + repairs;
            sources = List.of();
        } else {
            why = MESSAGES.both("why.registry", Map.of());
            basis = "registry: " + entry.key() + " has the symbol " + entry.symbol();
            sources = entry.sources();
        }
        out.add(finding(FindingCode.MALFORMED_SYMBOL, Confidence.SOURCED, false, c,
                Map.of("printed", printed, "repaired", repaired, "why", why), repaired,
                entry == null ? null : entry.key(), basis, sources, ""));
    }

    private String registryIssuer(Instrument entry) {
        String normal = registryIssuers.get(entry.issuer());
        return normal != null ? normal : issuers.normal(entry.issuer());
    }

    private static boolean byName(Resolution res) {
        return res.match() == Resolution.Match.NAME || res.match() == Resolution.Match.NAME_IN_FORCE;
    }

    private void checkFacts(Citation c, String cited, Instrument entry, LocalDate docDate, String extra,
            boolean byName, List<Finding> out) {
        if (c.date() != null && entry.issued() != null && !c.date().equals(entry.issued())) {
            out.add(finding(FindingCode.DATE_MISMATCH, entry.confidence(), false, c,
                    Map.of("cited", cited, "printed", c.date(), "registry", entry.issued()),
                    label(entry) + " ngày " + Messages.date(entry.issued(), true), entry.key(),
                    "registry: " + entry.key() + " issued " + entry.issued(), entry.sources(), extra));
        }
        if (c.issuer() != null && entry.issuer() != null && !issuers.names(c.issuer(), registryIssuer(entry))) {
            out.add(finding(FindingCode.ISSUER_MISMATCH, entry.confidence(), false, c,
                    Map.of("cited", cited, "printed", c.issuer(), "registry", entry.issuer()), entry.issuer(),
                    entry.key(), "registry: " + entry.key() + " issued by " + entry.issuer(), entry.sources(),
                    extra));
        }
        if (!byName && c.date() == null && entry.issued() != null && entry.issued().isAfter(docDate)) {
            // A law cited by name is the one in force on the day of the check, not a particular enactment.
            out.add(finding(FindingCode.CITED_BEFORE_ISSUED, entry.confidence(), false, c,
                    Map.of("cited", cited, "cited_date", entry.issued(), "doc_date", docDate), null, entry.key(),
                    "registry: " + entry.key() + " issued " + entry.issued(), entry.sources(), extra));
        }
    }

    private void checkStatus(Citation c, String cited, Instrument entry, LocalDate asOf, String extra,
            List<Finding> out) {
        if (entry.issued() != null && entry.issued().isAfter(asOf)) {
            return; // not yet issued on that day: CITED_BEFORE_ISSUED says what needs saying
        }
        if (entry.effective() != null && entry.effective().isAfter(asOf)) {
            out.add(finding(FindingCode.NOT_YET_EFFECTIVE, entry.confidence(), false, c,
                    Map.of("cited", cited, "asOf", asOf, "effective", entry.effective()), null, entry.key(),
                    "registry: " + entry.key() + " effective " + entry.effective(), entry.sources(), extra));
            return;
        }
        if (endedWhole(c, cited, entry, asOf, extra, out)) {
            return;
        }
        endedInPart(c, cited, entry, asOf, extra, out);
        amended(c, cited, entry, asOf, extra, out);
        if (entry.status() == InstrumentStatus.NOT_YET_IN_FORCE && entry.effective() == null
                && statusKnownOn(entry, asOf)) {
            out.add(finding(FindingCode.NOT_YET_EFFECTIVE, entry.confidence(), false, c,
                    Map.of("cited", cited, "when", whenStatus(entry)), null, entry.key(),
                    "registry: " + entry.key() + " status " + entry.status().label() + " as of "
                            + entry.statusAsOf(), entry.sources(), extra, "NOT_YET_EFFECTIVE.status"));
        }
    }

    /** SUPERSEDED or EXPIRED, when the whole instrument had ended by {@code asOf}. */
    private boolean endedWhole(Citation c, String cited, Instrument entry, LocalDate asOf, String extra,
            List<Finding> out) {
        List<Dated> replacements = new ArrayList<>();
        for (Relation r : entry.relations(RelationType.REPLACED_BY)) {
            if (!r.partial()) {
                Dated d = dateOf(r, entry, asOf);
                if (d != null) {
                    replacements.add(d);
                }
            }
        }
        if (!replacements.isEmpty()) {
            List<Dated> sourced = replacements.stream().filter(d -> d.relation().sourced()).toList();
            List<Dated> used = sourced.isEmpty() ? replacements : sourced;
            Confidence confidence = sourced.isEmpty() ? Confidence.UNVERIFIED : Confidence.SOURCED;
            Dated first = used.get(0);
            String replacement = used.stream().map(d -> labelOfKey(d.relation().target()))
                    .collect(Collectors.joining(", "));
            List<String> chain = chain(first.relation().target(), asOf);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("cited", cited);
            v.put("replacement", replacement);
            v.put("when", first.when());
            v.put("chain", chain.size() > 1 ? MESSAGES.both("chain", Map.of("last",
                    labelOfKey(chain.get(chain.size() - 1)), "path", String.join(" → ", chain))) : "");
            String suggestion = labelOfKey(chain.get(chain.size() - 1));
            String basis = used.stream().map(d -> entry.key() + " replacedBy " + d.relation().target()
                    + (d.relation().date() != null ? " on " + d.relation().date() : "")
                    + " (" + d.relation().confidence().label() + ")").collect(Collectors.joining("; "));
            List<String> sources = used.stream().flatMap(d -> d.relation().sources().stream()).distinct().toList();
            out.add(finding(FindingCode.SUPERSEDED, confidence, first.approximate(), c, v, suggestion, entry.key(),
                    basis, sources, extra));
            return true;
        }
        for (Relation r : entry.relations(RelationType.REPEALED_BY)) {
            if (!r.partial()) {
                Dated d = dateOf(r, entry, asOf);
                if (d != null) {
                    out.add(finding(FindingCode.EXPIRED, r.confidence(), d.approximate(), c,
                            Map.of("cited", cited, "when", d.when(), "by",
                                    MESSAGES.both("repealedBy", Map.of("by", labelOfKey(r.target())))),
                            null, entry.key(),
                            entry.key() + " repealedBy " + r.target() + " (" + r.confidence().label() + ")",
                            r.sources(), extra));
                    return true;
                }
            }
        }
        if (entry.expires() != null && !entry.expires().isAfter(asOf)) {
            out.add(finding(FindingCode.EXPIRED, entry.confidence(), false, c,
                    Map.of("cited", cited, "when", MESSAGES.both("when.on", Map.of("date", entry.expires()))),
                    null, entry.key(), "registry: " + entry.key() + " expires " + entry.expires(), entry.sources(),
                    extra));
            return true;
        }
        InstrumentStatus s = entry.status();
        if ((s == InstrumentStatus.EXPIRED || s == InstrumentStatus.SUSPENDED
                || s == InstrumentStatus.NO_LONGER_APPLICABLE) && entry.expires() == null
                && statusKnownOn(entry, asOf)) {
            out.add(finding(FindingCode.EXPIRED, entry.confidence(), false, c,
                    Map.of("cited", cited, "status", s.label(), "when", whenStatus(entry)), null, entry.key(),
                    "registry: " + entry.key() + " status " + s.label() + " as of " + entry.statusAsOf(),
                    entry.sources(), extra, "EXPIRED.status"));
            return true;
        }
        return false;
    }

    private void endedInPart(Citation c, String cited, Instrument entry, LocalDate asOf, String extra,
            List<Finding> out) {
        for (Relation r : entry.relations()) {
            if (r.partial() && r.type().endsSubject()) {
                Dated d = dateOf(r, entry, asOf);
                if (d != null) {
                    Map<String, Object> v = Map.of("cited", cited, "when", d.when(), "by",
                            new Messages.Bilingual(" (" + labelOfKey(r.target()) + ")",
                                    " (" + labelOfKey(r.target()) + ")"));
                    out.add(finding(FindingCode.PARTLY_EXPIRED, r.confidence(), d.approximate(), c, v, null,
                            entry.key(), entry.key() + " " + r.type().label() + " (partly) " + r.target() + " ("
                                    + r.confidence().label() + ")", r.sources(), extra));
                    return;
                }
            }
        }
        if (entry.status() == InstrumentStatus.PARTLY_EXPIRED && statusKnownOn(entry, asOf)) {
            out.add(finding(FindingCode.PARTLY_EXPIRED, entry.confidence(), false, c,
                    Map.of("cited", cited, "when", whenStatus(entry), "by", ""), null, entry.key(),
                    "registry: " + entry.key() + " status " + entry.status().label() + " as of "
                            + entry.statusAsOf(), entry.sources(), extra));
        }
    }

    private void amended(Citation c, String cited, Instrument entry, LocalDate asOf, String extra,
            List<Finding> out) {
        List<Dated> amendments = new ArrayList<>();
        for (Relation r : entry.relations(RelationType.AMENDED_BY)) {
            Dated d = dateOf(r, entry, asOf);
            if (d != null) {
                amendments.add(d);
            }
        }
        if (amendments.isEmpty()) {
            return;
        }
        boolean anySourced = amendments.stream().anyMatch(d -> d.relation().sourced());
        List<Dated> used = anySourced ? amendments.stream().filter(d -> d.relation().sourced()).toList() : amendments;
        String list = used.stream().map(d -> labelOfKey(d.relation().target())).collect(Collectors.joining(", "));
        out.add(finding(FindingCode.AMENDED, anySourced ? Confidence.SOURCED : Confidence.UNVERIFIED, false, c,
                Map.of("cited", cited, "amendments", list), cited + " (sửa đổi, bổ sung bởi " + list + ")",
                entry.key(), used.stream().map(d -> entry.key() + " amendedBy " + d.relation().target() + " ("
                        + d.relation().confidence().label() + ")").collect(Collectors.joining("; ")),
                used.stream().flatMap(d -> d.relation().sources().stream()).distinct().toList(), extra));
    }

    /** A relation in effect by {@code asOf}, with the words saying since when. */
    private record Dated(Relation relation, Messages.Bilingual when, boolean approximate) {
    }

    /**
     * When a relation took effect, if it had by {@code asOf}: its own date; else the other instrument's effective
     * date; else the other instrument's date of issue (approximate: the finding is one step lower); else the day
     * the subject's status was recorded, if the status says it has ended. Null when it had not, or when nothing
     * dates it.
     */
    private Dated dateOf(Relation r, Instrument subject, LocalDate asOf) {
        if (r.date() != null) {
            return r.date().isAfter(asOf) ? null
                    : new Dated(r, MESSAGES.both("when.on", Map.of("date", r.date())), false);
        }
        Instrument other = registry.get(r.target()).orElse(null);
        if (other != null && other.effective() != null) {
            return other.effective().isAfter(asOf) ? null
                    : new Dated(r, MESSAGES.both("when.on", Map.of("date", other.effective())), false);
        }
        if (other != null && other.issued() != null) {
            return other.issued().isAfter(asOf) ? null
                    : new Dated(r, MESSAGES.both("when.issued", Map.of("date", other.issued())),
                            asOf.isBefore(other.issued().plusDays(60)));
        }
        boolean statusSaysEnded = subject.status() == InstrumentStatus.EXPIRED
                || subject.status() == InstrumentStatus.PARTLY_EXPIRED;
        if (statusSaysEnded && statusKnownOn(subject, asOf)) {
            return new Dated(r, whenStatus(subject), false);
        }
        return null;
    }

    /** The replacement chain from {@code key} as of {@code asOf}: [key, its replacement, …], no cycles. */
    private List<String> chain(String key, LocalDate asOf) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = key;
        while (current != null && seen.add(current)) {
            chain.add(current);
            Instrument i = registry.get(current).orElse(null);
            String next = null;
            if (i != null) {
                for (Relation r : i.relations(RelationType.REPLACED_BY)) {
                    if (!r.partial() && r.sourced() && dateOf(r, i, asOf) != null) {
                        next = r.target();
                        break;
                    }
                }
            }
            current = next;
        }
        return chain;
    }

    private static boolean statusKnownOn(Instrument i, LocalDate asOf) {
        return i.statusAsOf() != null && !asOf.isBefore(i.statusAsOf());
    }

    private static Messages.Bilingual whenStatus(Instrument i) {
        return MESSAGES.both("when.statusAsOf", Map.of("date", i.statusAsOf()));
    }

    // ---- mentions --------------------------------------------------------------------------------------------

    /** INCONSISTENT_MENTIONS: one symbol with different dates in one document, where they cannot be two instruments. */
    private void checkMentions(List<Citation> citations, List<Finding> out) {
        Map<String, List<Citation>> bySymbol = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (c.symbol() != null && c.canonical() != null && c.date() != null) {
                bySymbol.computeIfAbsent(Symbols.fingerprint(c.canonical()), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Citation> group : bySymbol.values()) {
            Map<LocalDate, Integer> counts = new LinkedHashMap<>();
            group.forEach(c -> counts.merge(c.date(), 1, Integer::sum));
            if (counts.size() < 2) {
                continue;
            }
            boolean yearInSymbol = Symbols.yearInSymbol(group.get(0).canonical()) != null;
            Set<Integer> years = counts.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet());
            if (!yearInSymbol && years.size() > 1) {
                continue; // e.g. two Party resolutions numbered 08 of different years: possibly two instruments
            }
            LocalDate usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            Citation odd = group.stream().filter(c -> !c.date().equals(usual)).findFirst().get();
            String dates = counts.entrySet().stream()
                    .map(e -> Messages.date(e.getKey(), false) + " (" + e.getValue() + "×)")
                    .collect(Collectors.joining(", "));
            out.add(documentFinding(FindingCode.INCONSISTENT_MENTIONS, odd,
                    Map.of("cited", label(odd), "dates", dates), null,
                    "this document: " + odd.canonical() + " is cited with the dates " + dates));
        }
    }

    // ---- administrative units --------------------------------------------------------------------------------

    private void checkUnits(AnalyzedDocument doc, LocalDate asOf, List<Finding> out) {
        String text = doc.text();
        if (text == null || text.isEmpty()) {
            return;
        }
        Offsets offsets = new Offsets(text);
        List<int[]> issuerSpans = new ArrayList<>();
        for (Citation c : doc.citations()) {
            issuerSpans.add(new int[] {offsets.charIndex(c.start()), offsets.charIndex(c.end())});
        }
        for (UnitBodyMatcher.Mention m : bodies.find(text)) {
            Defunct d = defunct(m, asOf);
            if (d == null) {
                continue;
            }
            String surface = text.substring(m.start(), m.end());
            boolean inCitation = issuerSpans.stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1]);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("body", surface);
            v.put("asOf", asOf);
            v.put("unit", d.unit());
            v.put("ended", d.endedOn());
            v.put("successor", d.successor());
            String vi = MESSAGES.vi("DEFUNCT_UNIT", v) + (inCitation ? MESSAGES.vi("DEFUNCT_UNIT.issuer", v) : "");
            String en = MESSAGES.en("DEFUNCT_UNIT", v) + (inCitation ? MESSAGES.en("DEFUNCT_UNIT.issuer", v) : "");
            Severity severity = FindingCode.DEFUNCT_UNIT.severity();
            if (d.confidence() == Confidence.UNVERIFIED) {
                severity = severity.lower();
                vi += MESSAGES.vi("unverified", Map.of());
                en += MESSAGES.en("unverified", Map.of());
            }
            int start = offsets.codePoint(m.start());
            int end = offsets.codePoint(m.end());
            out.add(new Finding(FindingCode.DEFUNCT_UNIT, severity, start, end, surface, vi, en, d.suggestion(),
                    null, d.id(), d.basis(), d.sources(), d.confidence()));
        }
    }

    /**
     * Code-point and char offsets of one text. Vietnamese is all in the Basic Multilingual Plane, where they are
     * equal; only a text with surrogate pairs pays for a table (one pass, not one scan per offset).
     */
    private static final class Offsets {
        private final int[] charOfCodePoint;
        private final int[] codePointOfChar;

        Offsets(String text) {
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(text.charAt(i));
            }
            if (!surrogates) {
                charOfCodePoint = null;
                codePointOfChar = null;
                return;
            }
            codePointOfChar = new int[text.length() + 1];
            charOfCodePoint = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); cp++) {
                int width = Character.charCount(text.codePointAt(i));
                charOfCodePoint[cp] = i;
                for (int k = 0; k < width; k++) {
                    codePointOfChar[i + k] = cp;
                }
                i += width;
            }
            codePointOfChar[text.length()] = cp;
            charOfCodePoint[cp] = text.length();
        }

        int charIndex(int codePoint) {
            if (charOfCodePoint == null) {
                return codePoint;
            }
            return charOfCodePoint[Math.max(0, Math.min(codePoint, charOfCodePoint.length - 1))];
        }

        int codePoint(int charIndex) {
            return codePointOfChar == null ? charIndex : codePointOfChar[charIndex];
        }
    }

    private record Defunct(String id, String unit, LocalDate endedOn, Messages.Bilingual successor, String suggestion,
            String basis, List<String> sources, Confidence confidence) {
    }

    private Defunct defunct(UnitBodyMatcher.Mention m, LocalDate asOf) {
        String name = String.join(" ", m.name());
        if (m.level() == UnitBodyMatcher.KindLevel.PROVINCE) {
            return name.isEmpty() ? null : defunctProvince(longestProvinceName(m.name()), asOf);
        }
        if (m.level() == UnitBodyMatcher.KindLevel.CITY) {
            if (name.isEmpty()) {
                return null; // "UBND thành phố": province-level or district-level cannot be told
            }
            String province = longestProvinceName(m.name());
            if (province != null) {
                return defunctProvince(province, asOf);
            }
        }
        String kind = m.level() == UnitBodyMatcher.KindLevel.CITY ? "thành phố" : m.kind();
        String unitName = name.isEmpty() ? kind : kind + " " + name;
        if (!name.isEmpty()) {
            for (AdministrativeUnit u : units.named(name, AdministrativeLevel.DISTRICT)) {
                if (u.endedOn() != null && !u.endedOn().isAfter(asOf)) {
                    boolean successorGone = u.successor() != null && successorIsDistrict(u.successor())
                            && units.levelAbolishedBy(AdministrativeLevel.DISTRICT, asOf);
                    // Quận 2 went into TP Thủ Đức, itself gone with the district level: name neither.
                    Messages.Bilingual next = successorGone ? MESSAGES.both("district.successor", Map.of())
                            : successor(u.successor());
                    return new Defunct(u.id(), u.displayName(), u.endedOn(), next,
                            successorGone ? null : u.successor(),
                            "units: " + u.id() + " ended " + u.endedOn() + (u.successor() == null ? ""
                                    : ", successor " + u.successor()), u.sources(), u.confidence());
                }
            }
        }
        LevelAbolition a = units.abolition(AdministrativeLevel.DISTRICT).orElse(null);
        if (a == null || a.endedOn().isAfter(asOf)) {
            return null;
        }
        return new Defunct("level:district", unitName, a.endedOn(), MESSAGES.both("district.successor", Map.of()),
                null, "units: the district level (" + String.join(", ", a.kinds()) + ") ended " + a.endedOn(),
                a.sources(), a.confidence());
    }

    private Defunct defunctProvince(String name, LocalDate asOf) {
        if (name == null) {
            return null;
        }
        List<AdministrativeUnit> named = units.named(name, AdministrativeLevel.PROVINCE);
        if (named.isEmpty() || named.stream().anyMatch(u -> u.existedOn(asOf))) {
            return null;
        }
        AdministrativeUnit u = named.stream().filter(x -> x.endedOn() != null)
                .max(Comparator.comparing(AdministrativeUnit::endedOn)).orElse(null);
        if (u == null) {
            return null;
        }
        return new Defunct(u.id(), u.displayName(), u.endedOn(), successor(u.successor()), u.successor(),
                "units: " + u.id() + " ended " + u.endedOn()
                        + (u.successor() == null ? "" : ", successor " + u.successor()), u.sources(), u.confidence());
    }

    private boolean successorIsDistrict(String successor) {
        for (AdministrativeUnit u : units.units()) {
            if (u.level() == AdministrativeLevel.DISTRICT && AdministrativeUnits.nameKey(u.displayName())
                    .equals(AdministrativeUnits.nameKey(successor))) {
                return true;
            }
        }
        return false;
    }

    /** The longest leading run of name tokens that names a province-level unit, or null. */
    private String longestProvinceName(List<String> tokens) {
        for (int n = tokens.size(); n >= 1; n--) {
            String candidate = String.join(" ", tokens.subList(0, n));
            if (units.isName(candidate, AdministrativeLevel.PROVINCE)) {
                return candidate;
            }
        }
        return null;
    }

    private static Messages.Bilingual successor(String successor) {
        return successor == null ? new Messages.Bilingual("", "")
                : MESSAGES.both("successor", Map.of("successor", successor));
    }

    // ---- building findings -----------------------------------------------------------------------------------

    private Finding finding(FindingCode code, Confidence confidence, boolean approximate, Citation c,
            Map<String, ?> values, String suggestion, String registryKey, String basis, List<String> sources,
            String extra) {
        return finding(code, confidence, approximate, c, values, suggestion, registryKey, basis, sources, extra,
                code.name());
    }

    private Finding finding(FindingCode code, Confidence confidence, boolean approximate, Citation c,
            Map<String, ?> values, String suggestion, String registryKey, String basis, List<String> sources,
            String extra, String template) {
        Confidence effective = sources.isEmpty() && code != FindingCode.MALFORMED_SYMBOL
                && code != FindingCode.AMBIGUOUS ? Confidence.UNVERIFIED : confidence;
        Severity severity = code.severity();
        String vi = MESSAGES.vi(template, values);
        String en = MESSAGES.en(template, values);
        if (effective == Confidence.UNVERIFIED) {
            severity = severity.lower();
            vi += MESSAGES.vi("unverified", Map.of());
            en += MESSAGES.en("unverified", Map.of());
        } else if (approximate) {
            severity = severity.lower();
        }
        if (!extra.isEmpty()) {
            if (extra.equals("weak") && effective != Confidence.UNVERIFIED) {
                severity = severity.lower();
            }
            vi += MESSAGES.vi(extra, Map.of());
            en += MESSAGES.en(extra, Map.of());
        }
        return new Finding(code, severity, c.start(), c.end(), c.surface(), vi, en, suggestion, c.key(),
                registryKey, basis, sources, effective);
    }

    /** A finding whose basis is the document itself (its own dates), not the registry. */
    private Finding documentFinding(FindingCode code, Citation c, Map<String, ?> values, String suggestion,
            String basis) {
        return new Finding(code, code.severity(), c.start(), c.end(), c.surface(), MESSAGES.vi(code.name(), values),
                MESSAGES.en(code.name(), values), suggestion, c.key(), null, basis, List.of(), Confidence.SOURCED);
    }

    private static String label(Citation c) {
        String what = c.canonical() != null ? c.canonical() : c.surface();
        if (c.type() != null && c.canonical() != null && !c.canonical().startsWith(c.type())) {
            return c.type() + " " + what;
        }
        return what;
    }

    private static String label(Instrument i) {
        return i.label();
    }

    private String labelOfKey(String key) {
        return registry.get(key).map(Instrument::label).orElse(Symbols.canonicalOfKey(key));
    }

    private static String describe(Instrument i) {
        StringBuilder sb = new StringBuilder(i.label());
        if (i.issued() != null) {
            sb.append(" (").append(Messages.date(i.issued(), false)).append(')');
        } else if (Symbols.yearOfKey(i.key()) != null) {
            sb.append(" (").append(Symbols.yearOfKey(i.key())).append(')');
        }
        if (i.title() != null) {
            sb.append(": ").append(i.title().length() > 80 ? i.title().substring(0, 79) + "…" : i.title());
        }
        return sb.toString();
    }
}
