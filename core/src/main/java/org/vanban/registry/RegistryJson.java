package org.vanban.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, validates and writes registry files (format "vanban-registry", version 1; the schema is
 * {@code registry-v1.schema.json} beside this class and in {@code corpus/schema/}).
 *
 * <p>Validation is the schema plus what a schema cannot say: keys unique in the file, real calendar dates, the key
 * agreeing with the symbol and its year, dates in order, no relation to the entry itself. Every problem names the
 * file, the entry (index and key) and the field. Thread-safe.
 */
public final class RegistryJson {

    /** The class-path location of the schema, for callers that publish it. */
    public static final String SCHEMA_RESOURCE = "/org/vanban/registry/registry-v1.schema.json";

    private static final SchemaCheck CHECK = new SchemaCheck(SCHEMA_RESOURCE, "instruments", "key");
    private static final String[] DATE_FIELDS = {"issued", "effective", "expires", "statusAsOf"};

    private RegistryJson() {
    }

    /** Reads and validates a registry file. */
    public static RegistryFile read(Path file) throws RegistryFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new RegistryFormatException(List.of(SchemaCheck.problem(file.toString(),
                    "cannot be read: " + describe(e))));
        }
    }

    /** Reads and validates a registry from a stream; {@code source} names it in problems and conflicts. */
    public static RegistryFile read(InputStream in, String source) throws RegistryFormatException {
        JsonNode root = CHECK.parse(in, source);
        List<RegistryProblem> problems = new ArrayList<>(CHECK.validate(root, source));
        if (!problems.isEmpty()) {
            throw new RegistryFormatException(problems);
        }
        List<Instrument> instruments = new ArrayList<>();
        JsonNode entries = root.path("instruments");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            List<RegistryProblem> entryProblems = checkEntry(root, source, i, entry, seen);
            if (!entryProblems.isEmpty()) {
                problems.addAll(entryProblems);
                continue;
            }
            try {
                instruments.add(SchemaCheck.MAPPER.treeToValue(entry, Instrument.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(CHECK.atEntry(root, source, i, null, "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryFormatException(problems);
        }
        JsonNode name = root.path("name");
        return new RegistryFile(source, name.isTextual() ? name.asText() : null, instruments);
    }

    /** Every problem in a registry file; empty when it is valid. */
    public static List<RegistryProblem> validate(Path file) {
        try {
            read(file);
            return List.of();
        } catch (RegistryFormatException e) {
            return e.problems();
        }
    }

    /** The JSON text of a registry file holding {@code instruments}, indented, ending with a newline. */
    public static String write(String name, String description, String generatedFrom, List<Instrument> instruments) {
        ObjectNode root = SchemaCheck.MAPPER.createObjectNode();
        root.put("format", "vanban-registry");
        root.put("version", 1);
        if (name != null) {
            root.put("name", name);
        }
        if (description != null) {
            root.put("description", description);
        }
        if (generatedFrom != null) {
            root.put("generatedFrom", generatedFrom);
        }
        ArrayNode array = root.putArray("instruments");
        for (Instrument instrument : instruments) {
            ObjectNode node = SchemaCheck.MAPPER.valueToTree(instrument);
            if (instrument.names().isEmpty()) {
                node.remove("names");
            }
            if (instrument.relations().isEmpty()) {
                node.remove("relations");
            } else {
                for (JsonNode relation : node.withArray("relations")) {
                    if (!relation.path("partial").asBoolean()) {
                        ((ObjectNode) relation).remove("partial");
                    }
                }
            }
            array.add(node);
        }
        try {
            return SchemaCheck.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RegistryProblem> checkEntry(JsonNode root, String source, int index, JsonNode entry,
            Map<String, Integer> seen) {
        List<RegistryProblem> problems = new ArrayList<>();
        String key = entry.path("key").asText();
        Integer earlier = seen.putIfAbsent(key, index);
        if (earlier != null) {
            problems.add(CHECK.atEntry(root, source, index, "key",
                    "duplicate key; entry " + earlier + " has the same key (merge them, or put one in another file)"));
        }
        Map<String, LocalDate> dates = new HashMap<>();
        for (String field : DATE_FIELDS) {
            LocalDate d = date(entry.path(field), root, source, index, field, problems);
            if (d != null) {
                dates.put(field, d);
            }
        }
        order(dates, "issued", "effective", root, source, index, problems);
        order(dates, "issued", "expires", root, source, index, problems);
        order(dates, "effective", "expires", root, source, index, problems);
        JsonNode symbol = entry.path("symbol");
        if (symbol.isTextual()) {
            String canonical = Symbols.canonicalOfKey(key);
            if (!Symbols.fingerprint(canonical).equals(Symbols.fingerprint(symbol.asText()))) {
                problems.add(CHECK.atEntry(root, source, index, "key",
                        "the key \"" + key + "\" does not start with the symbol \"" + symbol.asText() + "\""));
            }
            Integer inSymbol = Symbols.yearInSymbol(symbol.asText());
            Integer inKey = Symbols.yearOfKey(key);
            if (inSymbol != null && !inSymbol.equals(inKey)) {
                problems.add(CHECK.atEntry(root, source, index, "key",
                        "the key must end with @" + inSymbol + ", the year in the symbol"));
            }
        }
        JsonNode relations = entry.path("relations");
        for (int r = 0; r < relations.size(); r++) {
            JsonNode relation = relations.get(r);
            if (relation.path("target").asText().equals(key)) {
                problems.add(CHECK.atEntry(root, source, index, "relations/" + r + "/target",
                        "an instrument cannot be related to itself"));
            }
            LocalDate d = date(relation.path("date"), root, source, index, "relations/" + r + "/date", problems);
            LocalDate issued = dates.get("issued");
            if (d != null && issued != null && d.isBefore(issued)
                    && relation.path("type").asText().matches("replacedBy|repealedBy|amendedBy|guidedBy")) {
                problems.add(CHECK.atEntry(root, source, index, "relations/" + r + "/date",
                        "date " + d + " is before the instrument was issued (" + issued + ")"));
            }
        }
        return problems;
    }

    private static LocalDate date(JsonNode node, JsonNode root, String source, int index, String field,
            List<RegistryProblem> problems) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(CHECK.atEntry(root, source, index, field, "\"" + node.asText() + "\" is not a calendar date"));
            return null;
        }
    }

    private static void order(Map<String, LocalDate> dates, String first, String second, JsonNode root, String source,
            int index, List<RegistryProblem> problems) {
        LocalDate a = dates.get(first);
        LocalDate b = dates.get(second);
        if (a != null && b != null && b.isBefore(a)) {
            problems.add(CHECK.atEntry(root, source, index, second,
                    second + " " + b + " is before " + first + " " + a));
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
