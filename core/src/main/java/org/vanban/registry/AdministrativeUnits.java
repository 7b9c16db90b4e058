package org.vanban.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history of provinces and district-level units: named units with the interval each existed, and the abolition
 * of whole tiers (the district level ended on 2025-07-01). Immutable and thread-safe.
 *
 * <p>File format "vanban-administrative-units", version 1; schema {@code administrative-units-v1.schema.json}
 * beside this class and in {@code corpus/schema/}.
 */
public final class AdministrativeUnits {

    public static final String SCHEMA_RESOURCE = "/org/vanban/registry/administrative-units-v1.schema.json";

    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[-–—]");
    private static final SchemaCheck CHECK = new SchemaCheck(SCHEMA_RESOURCE, "units", "id");

    private final List<AdministrativeUnit> units;
    private final List<LevelAbolition> abolitions;
    private final Map<String, List<AdministrativeUnit>> byName;

    public AdministrativeUnits(List<AdministrativeUnit> units, List<LevelAbolition> abolitions) {
        this.units = List.copyOf(units);
        this.abolitions = List.copyOf(abolitions);
        Map<String, List<AdministrativeUnit>> index = new LinkedHashMap<>();
        for (AdministrativeUnit u : this.units) {
            index.computeIfAbsent(nameKey(u.name()), k -> new ArrayList<>()).add(u);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byName = index;
    }

    public static AdministrativeUnits empty() {
        return new AdministrativeUnits(List.of(), List.of());
    }

    public List<AdministrativeUnit> units() {
        return units;
    }

    public List<LevelAbolition> abolitions() {
        return abolitions;
    }

    /** The units of a level with this name (spelling variants of tone marks, case and dashes ignored). */
    public List<AdministrativeUnit> named(String name, AdministrativeLevel level) {
        return byName.getOrDefault(nameKey(name), List.of()).stream().filter(u -> u.level() == level).toList();
    }

    /** Whether some unit of the level bears this name. */
    public boolean isName(String name, AdministrativeLevel level) {
        return !named(name, level).isEmpty();
    }

    /** The abolition of a tier, if the dataset records one. */
    public Optional<LevelAbolition> abolition(AdministrativeLevel level) {
        return abolitions.stream().filter(a -> a.level() == level).findFirst();
    }

    /** The comparison form of a unit name: "Bà Rịa – Vũng Tàu" and "ba ria-vung tau" agree. */
    public static String nameKey(String name) {
        return Symbols.foldName(DASHES.matcher(name).replaceAll(" "));
    }

    /** Reads and validates a dataset file. */
    public static AdministrativeUnits read(Path file) throws RegistryFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new RegistryFormatException(List.of(SchemaCheck.problem(file.toString(),
                    "cannot be read: " + e.getMessage())));
        }
    }

    /** Reads and validates a dataset from a stream; {@code source} names it in problems. */
    public static AdministrativeUnits read(InputStream in, String source) throws RegistryFormatException {
        JsonNode root = CHECK.parse(in, source);
        List<RegistryProblem> problems = new ArrayList<>(CHECK.validate(root, source));
        if (!problems.isEmpty()) {
            throw new RegistryFormatException(problems);
        }
        List<AdministrativeUnit> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode array = root.path("units");
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!ids.add(node.path("id").asText())) {
                problems.add(CHECK.atEntry(root, source, i, "id", "duplicate id"));
                continue;
            }
            try {
                AdministrativeUnit u = SchemaCheck.MAPPER.treeToValue(node, AdministrativeUnit.class);
                if (u.startedOn() != null && u.endedOn() != null && !u.endedOn().isAfter(u.startedOn())) {
                    problems.add(CHECK.atEntry(root, source, i, "endedOn", "endedOn " + u.endedOn()
                            + " is not after startedOn " + u.startedOn()));
                    continue;
                }
                units.add(u);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
                problems.add(CHECK.atEntry(root, source, i, null, "cannot be read: " + e.getMessage()));
            }
        }
        List<LevelAbolition> abolitions = new ArrayList<>();
        for (JsonNode node : root.path("levels")) {
            try {
                abolitions.add(SchemaCheck.MAPPER.treeToValue(node, LevelAbolition.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(SchemaCheck.problem(source, "levels: cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryFormatException(problems);
        }
        return new AdministrativeUnits(units, abolitions);
    }

    /** Whether the tier of {@code level} had been abolished by {@code day}. */
    public boolean levelAbolishedBy(AdministrativeLevel level, LocalDate day) {
        return abolition(level).map(a -> !a.endedOn().isAfter(day)).orElse(false);
    }
}
