package org.vanban.registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;

/**
 * An immutable, thread-safe registry of instruments: the union of one or more sources, later sources overriding
 * earlier ones field by field, every disagreement kept as a {@link RegistryConflict}. Relations are indexed in both
 * directions: "A replacedBy B" in a file also gives B "replaces A".
 *
 * <p>Lookup ({@link #resolve(Citation, LocalDate)}) is described in the package documentation.
 */
public final class Registry {

    private final Map<String, Instrument> byKey;
    private final Map<String, List<Instrument>> bySymbol;
    private final Map<String, List<Instrument>> byName;
    private final List<RegistryConflict> conflicts;
    private final List<String> sources;

    private Registry(Map<String, Instrument> byKey, List<RegistryConflict> conflicts, List<String> sources) {
        this.byKey = Collections.unmodifiableMap(byKey);
        this.conflicts = List.copyOf(conflicts);
        this.sources = List.copyOf(sources);
        Map<String, List<Instrument>> symbols = new LinkedHashMap<>();
        Map<String, List<Instrument>> names = new LinkedHashMap<>();
        for (Instrument i : byKey.values()) {
            if (i.symbol() != null) {
                symbols.computeIfAbsent(Symbols.fingerprint(i.symbol()), k -> new ArrayList<>()).add(i);
            } else if (Symbols.yearOfKey(i.key()) == null) {
                names.computeIfAbsent(Symbols.foldName(i.key()), k -> new ArrayList<>()).add(i);
            }
            for (String name : i.names()) {
                List<Instrument> list = names.computeIfAbsent(Symbols.foldName(name), k -> new ArrayList<>());
                if (!list.contains(i)) {
                    list.add(i);
                }
            }
        }
        symbols.replaceAll((k, v) -> List.copyOf(v));
        names.replaceAll((k, v) -> List.copyOf(v));
        this.bySymbol = symbols;
        this.byName = names;
    }

    public static Registry empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entry with this key. */
    public Optional<Instrument> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every entry, in the order the sources gave them. */
    public Collection<Instrument> instruments() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    /** The disagreements between sources, in the order they were found. */
    public List<RegistryConflict> conflicts() {
        return conflicts;
    }

    /** The names of the sources, in the order they were added. */
    public List<String> sources() {
        return sources;
    }

    /** Resolves a citation; {@code asOf} only decides between same-named laws (the one in force that day). */
    public Resolution resolve(Citation citation, LocalDate asOf) {
        return resolve(citation.canonical(), citation.year(), citation.date(), asOf);
    }

    /**
     * Resolves an instrument given by its canonical symbol (or name), the year it carries and the date printed with
     * it (both may be null).
     */
    public Resolution resolve(String canonical, Integer year, LocalDate date, LocalDate asOf) {
        if (canonical == null || canonical.isBlank()) {
            return Resolution.unknown("the citation has no symbol or name");
        }
        Instrument exact = byKey.get(CitationKeys.of(canonical, year));
        if (exact != null) {
            return new Resolution(Resolution.Outcome.RESOLVED, exact, List.of(), Resolution.Match.KEY, null);
        }
        List<Instrument> bySym = bySymbol.getOrDefault(Symbols.fingerprint(canonical), List.of());
        if (!bySym.isEmpty()) {
            return resolveBySymbol(canonical, year, date, bySym);
        }
        List<Instrument> named = byName.getOrDefault(Symbols.foldName(canonical), List.of());
        if (!named.isEmpty()) {
            return resolveByName(canonical, year, asOf, named);
        }
        return Resolution.unknown("no entry for " + canonical);
    }

    private static Resolution resolveBySymbol(String canonical, Integer year, LocalDate date, List<Instrument> all) {
        if (year == null) {
            if (all.size() == 1) {
                return new Resolution(Resolution.Outcome.RESOLVED, all.get(0), List.of(),
                        Resolution.Match.UNIQUE_SYMBOL, "the citation gives no year; the registry has one "
                                + canonical + ", of " + yearText(all.get(0)));
            }
            return new Resolution(Resolution.Outcome.AMBIGUOUS, null, all, Resolution.Match.NONE,
                    "the citation gives no year and the registry has " + all.size() + " instruments numbered "
                            + canonical + " (" + years(all) + ")");
        }
        List<Instrument> sameYear = all.stream().filter(i -> year.equals(yearOf(i))).toList();
        if (sameYear.size() > 1 && date != null) {
            List<Instrument> sameDay = sameYear.stream().filter(i -> date.equals(i.issued())).toList();
            if (!sameDay.isEmpty()) {
                sameYear = sameDay;
            }
        }
        if (sameYear.size() == 1) {
            return new Resolution(Resolution.Outcome.RESOLVED, sameYear.get(0), List.of(),
                    Resolution.Match.SYMBOL_AND_YEAR, null);
        }
        if (sameYear.isEmpty()) {
            return Resolution.unknown("the registry has " + canonical + " of " + years(all) + " only, not of "
                    + year);
        }
        return new Resolution(Resolution.Outcome.AMBIGUOUS, null, sameYear, Resolution.Match.NONE,
                "the registry has " + sameYear.size() + " instruments numbered " + canonical + " in " + year);
    }

    private static Resolution resolveByName(String name, Integer year, LocalDate asOf, List<Instrument> all) {
        List<Instrument> candidates = all;
        if (year != null) {
            candidates = all.stream().filter(i -> year.equals(yearOf(i))).toList();
            if (candidates.isEmpty()) {
                return Resolution.unknown("the registry has " + name + " of " + years(all) + " only, not of " + year);
            }
        }
        if (candidates.size() == 1) {
            return new Resolution(Resolution.Outcome.RESOLVED, candidates.get(0), List.of(), Resolution.Match.NAME,
                    null);
        }
        if (asOf != null) {
            List<Instrument> inForce = candidates.stream().filter(i -> inForceOn(i, asOf)).toList();
            if (inForce.size() == 1) {
                return new Resolution(Resolution.Outcome.RESOLVED, inForce.get(0), List.of(),
                        Resolution.Match.NAME_IN_FORCE, "cited by name only: taken as the " + name
                                + " in force on " + asOf);
            }
        }
        return new Resolution(Resolution.Outcome.AMBIGUOUS, null, candidates, Resolution.Match.NONE,
                "cited by name only, and the registry has " + candidates.size() + " instruments named " + name
                        + " (" + years(candidates) + ")");
    }

    /**
     * Whether the registry's dated facts show the instrument in force on {@code day}: in effect by then (effective,
     * else issued, date on or before it) and not ended (no expiry or end-of-force relation dated on or before it).
     * Undated facts are not used, so an instrument with no dates is never "in force" here.
     */
    static boolean inForceOn(Instrument i, LocalDate day) {
        LocalDate start = i.effective() != null ? i.effective() : i.issued();
        if (start == null || start.isAfter(day)) {
            return false;
        }
        if (i.expires() != null && !i.expires().isAfter(day)) {
            return false;
        }
        for (Relation r : i.relations()) {
            if (r.type().endsSubject() && !r.partial() && r.date() != null && !r.date().isAfter(day)) {
                return false;
            }
        }
        return true;
    }

    /** The instrument's year: from its key, else from its date of issue. */
    static Integer yearOf(Instrument i) {
        Integer y = Symbols.yearOfKey(i.key());
        if (y == null && i.issued() != null) {
            y = i.issued().getYear();
        }
        return y;
    }

    private static String yearText(Instrument i) {
        Integer y = yearOf(i);
        return y == null ? "unknown year" : String.valueOf(y);
    }

    private static String years(List<Instrument> list) {
        return list.stream().map(Registry::yearText).distinct().collect(Collectors.joining(", "));
    }

    /** Collects sources; {@link #build()} merges them. Not thread-safe; the registry it builds is. */
    public static final class Builder {
        private final Map<String, Instrument> byKey = new LinkedHashMap<>();
        private final Map<String, String> sourceOfKey = new LinkedHashMap<>();
        private final List<RegistryConflict> conflicts = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();

        private Builder() {
        }

        /** Adds every entry of a file, overriding earlier sources. */
        public Builder add(RegistryFile file) {
            for (Instrument i : file.instruments()) {
                add(i, file.source());
            }
            return this;
        }

        /** Reads a registry file and adds it. */
        public Builder addFile(Path file) throws RegistryFormatException {
            return add(RegistryJson.read(file));
        }

        /** Adds one entry; {@code source} names where it came from in conflict reports. */
        public Builder add(Instrument instrument, String source) {
            Objects.requireNonNull(instrument, "instrument");
            if (!sources.contains(source)) {
                sources.add(source);
            }
            Instrument earlier = byKey.get(instrument.key());
            if (earlier == null) {
                byKey.put(instrument.key(), instrument);
            } else {
                byKey.put(instrument.key(), merge(earlier, sourceOfKey.get(instrument.key()), instrument, source));
            }
            sourceOfKey.put(instrument.key(), source);
            return this;
        }

        public Registry build() {
            Map<String, Instrument> withInverses = new LinkedHashMap<>(byKey);
            for (Instrument subject : byKey.values()) {
                for (Relation r : subject.relations()) {
                    Instrument target = withInverses.get(r.target());
                    if (target == null) {
                        continue;
                    }
                    Optional<Relation> stated = target.relations().stream()
                            .filter(t -> t.type() == r.type().inverse() && t.target().equals(subject.key()))
                            .findFirst();
                    if (stated.isPresent()) {
                        LocalDate a = r.date();
                        LocalDate b = stated.get().date();
                        if (a != null && b != null && !a.equals(b)) {
                            conflicts.add(new RegistryConflict(target.key(),
                                    "relations " + r.type().inverse().label() + " " + subject.key() + " date",
                                    String.valueOf(a), subject.key() + "'s " + r.type().label(), String.valueOf(b),
                                    target.key() + "'s own entry"));
                        }
                        continue;
                    }
                    List<Relation> relations = new ArrayList<>(target.relations());
                    relations.add(r.inverseFrom(subject.key()));
                    withInverses.put(target.key(), target.withRelations(relations));
                }
            }
            return new Registry(withInverses, conflicts, sources);
        }

        private Instrument merge(Instrument a, String sourceA, Instrument b, String sourceB) {
            String key = a.key();
            boolean statusFromB = b.status() != InstrumentStatus.UNDETERMINED || a.status() == b.status();
            if (statusFromB && a.status() != InstrumentStatus.UNDETERMINED && a.status() != b.status()) {
                conflict(key, "status", a.status().label(), sourceA, b.status().label(), sourceB);
            }
            LinkedHashSet<String> names = new LinkedHashSet<>(a.names());
            names.addAll(b.names());
            LinkedHashSet<String> srcs = new LinkedHashSet<>(a.sources());
            srcs.addAll(b.sources());
            return new Instrument(key,
                    pick(key, "type", a.type(), sourceA, b.type(), sourceB),
                    pick(key, "symbol", a.symbol(), sourceA, b.symbol(), sourceB),
                    pick(key, "issuer", a.issuer(), sourceA, b.issuer(), sourceB),
                    pick(key, "title", a.title(), sourceA, b.title(), sourceB),
                    List.copyOf(names),
                    pick(key, "issued", a.issued(), sourceA, b.issued(), sourceB),
                    pick(key, "effective", a.effective(), sourceA, b.effective(), sourceB),
                    pick(key, "expires", a.expires(), sourceA, b.expires(), sourceB),
                    statusFromB ? b.status() : a.status(),
                    statusFromB ? (b.statusAsOf() != null ? b.statusAsOf() : a.statusAsOf()) : a.statusAsOf(),
                    statusFromB ? b.confidence() : a.confidence(),
                    List.copyOf(srcs),
                    b.evidence() != null ? b.evidence() : a.evidence(),
                    b.notes() != null ? b.notes() : a.notes(),
                    mergeRelations(key, a.relations(), sourceA, b.relations(), sourceB));
        }

        private List<Relation> mergeRelations(String key, List<Relation> a, String sourceA, List<Relation> b,
                String sourceB) {
            Map<String, Relation> merged = new LinkedHashMap<>();
            for (Relation r : a) {
                merged.put(r.type().label() + " " + r.target(), r);
            }
            for (Relation r : b) {
                String id = r.type().label() + " " + r.target();
                Relation earlier = merged.get(id);
                if (earlier != null) {
                    LocalDate date = pick(key, "relations " + id + " date", earlier.date(), sourceA, r.date(),
                            sourceB);
                    if (earlier.partial() != r.partial()) {
                        conflict(key, "relations " + id + " partial", String.valueOf(earlier.partial()), sourceA,
                                String.valueOf(r.partial()), sourceB);
                    }
                    LinkedHashSet<String> srcs = new LinkedHashSet<>(earlier.sources());
                    srcs.addAll(r.sources());
                    r = new Relation(r.type(), r.target(), date, r.partial(), List.copyOf(srcs), r.confidence(),
                            r.evidence() != null ? r.evidence() : earlier.evidence(),
                            r.note() != null ? r.note() : earlier.note(), null);
                }
                merged.put(id, r);
            }
            return List.copyOf(merged.values());
        }

        private <T> T pick(String key, String field, T earlier, String sourceA, T later, String sourceB) {
            if (later == null) {
                return earlier;
            }
            if (earlier != null && !earlier.equals(later)) {
                conflict(key, field, String.valueOf(earlier), sourceA, String.valueOf(later), sourceB);
            }
            return later;
        }

        private void conflict(String key, String field, String earlier, String sourceA, String later,
                String sourceB) {
            conflicts.add(new RegistryConflict(key, field, earlier, sourceA, later, sourceB));
        }
    }
}
