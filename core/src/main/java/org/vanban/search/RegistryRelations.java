package org.vanban.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vanban.cite.CitationKeys;
import org.vanban.registry.Instrument;
import org.vanban.registry.InstrumentStatus;
import org.vanban.registry.Registry;
import org.vanban.registry.Relation;
import org.vanban.registry.RelationType;
import org.vanban.registry.Resolution;

/**
 * {@link InstrumentRelations} read from the instrument {@link Registry}: "replaces" / "replacedBy" relations give
 * predecessors and replacements; an instrument stops being in force on the date of a whole "replacedBy" or
 * "repealedBy" relation (else, when the relation is undated, on the replacement's effective or issue date), or on
 * its expiry date; an instrument the registry marks no longer in force with no date at all counts as such on any
 * day. Keys that are not the registry's own are resolved as {@link Registry#resolve} resolves a citation
 * (symbol spelling variants, a unique symbol without a year). Thread-safe (the registry is immutable).
 */
public final class RegistryRelations implements InstrumentRelations {

    private final Registry registry;
    private final Map<String, Set<String>> predecessors = new HashMap<>();
    private final Map<String, Set<String>> replacements = new HashMap<>();

    public RegistryRelations(Registry registry) {
        this.registry = registry;
        // Both directions, from whichever side of the relation the registry file states.
        for (Instrument i : registry.instruments()) {
            for (Relation r : i.relations(RelationType.REPLACED_BY)) {
                replacements.computeIfAbsent(i.key(), k -> new LinkedHashSet<>()).add(r.target());
                predecessors.computeIfAbsent(r.target(), k -> new LinkedHashSet<>()).add(i.key());
            }
            for (Relation r : i.relations(RelationType.REPLACES)) {
                predecessors.computeIfAbsent(i.key(), k -> new LinkedHashSet<>()).add(r.target());
                replacements.computeIfAbsent(r.target(), k -> new LinkedHashSet<>()).add(i.key());
            }
        }
    }

    @Override
    public Set<String> predecessors(String key) {
        return entry(key).map(i -> predecessors.getOrDefault(i.key(), Set.of())).orElse(Set.of());
    }

    @Override
    public Set<String> replacements(String key) {
        return entry(key).map(i -> replacements.getOrDefault(i.key(), Set.of())).orElse(Set.of());
    }

    @Override
    public Optional<Supersession> supersession(String key, LocalDate asOf) {
        Optional<Instrument> found = entry(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instrument i = found.get();
        List<String> replacedBy = new ArrayList<>(replacements.getOrDefault(i.key(), Set.of()));
        boolean dated = false; // a dated end that is still to come overrides an undated "no longer in force"
        for (Relation r : i.relations()) {
            if (!r.type().endsSubject() || r.partial()) {
                continue;
            }
            LocalDate since = r.date() != null ? r.date() : startOf(r.target());
            dated |= since != null;
            if (since == null ? i.status() == InstrumentStatus.EXPIRED : !since.isAfter(asOf)) {
                String status = r.type() == RelationType.REPEALED_BY ? "repealed" : "replaced";
                return Optional.of(new Supersession(key, status, since, replacedBy, r.sourced()));
            }
        }
        if (i.expires() != null) {
            return i.expires().isAfter(asOf) ? Optional.empty()
                    : Optional.of(new Supersession(key, "expired", i.expires(), replacedBy, i.sourced()));
        }
        if (!dated && i.status() == InstrumentStatus.EXPIRED
                && (i.statusAsOf() == null || !i.statusAsOf().isAfter(asOf))) {
            return Optional.of(new Supersession(key, "expired", null, replacedBy, i.sourced()));
        }
        return Optional.empty();
    }

    private LocalDate startOf(String key) {
        return registry.get(key).map(t -> t.effective() != null ? t.effective() : t.issued()).orElse(null);
    }

    private Optional<Instrument> entry(String key) {
        Optional<Instrument> exact = registry.get(key);
        if (exact.isPresent()) {
            return exact;
        }
        Resolution r = registry.resolve(CitationKeys.canonicalOf(key), CitationKeys.yearOf(key), null, null);
        return r.resolved() ? Optional.of(r.instrument()) : Optional.empty();
    }
}
