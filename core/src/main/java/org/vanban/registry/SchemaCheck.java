package org.vanban.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Parses a JSON data file and validates it against one of the published schemas, turning every complaint into a
 * {@link RegistryProblem} that names the entry and the field. Thread-safe once built.
 */
final class SchemaCheck {

    /** The mapper for registry and unit files: ISO dates, strict about trailing content. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final JsonSchema schema;
    private final String arrayName;
    private final String idField;

    /**
     * @param schemaResource the schema on the class path, relative to this package
     * @param arrayName      the top-level array holding the entries ("instruments", "units")
     * @param idField        the field that names an entry ("key", "id")
     */
    SchemaCheck(String schemaResource, String arrayName, String idField) {
        this.arrayName = arrayName;
        this.idField = idField;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + schemaResource + " is missing from the class path");
            }
            this.schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON; a syntax error becomes a problem with its line. */
    JsonNode parse(InputStream in, String file) throws RegistryFormatException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new RegistryFormatException(List.of(problem(file, "the file is empty")));
            }
            return node;
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            throw new RegistryFormatException(List.of(
                    new RegistryProblem(file, null, null, null, line, "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new RegistryFormatException(List.of(problem(file, "cannot be read: " + e.getMessage())));
        }
    }

    /** Every schema violation in {@code root}, in document order. */
    List<RegistryProblem> validate(JsonNode root, String file) {
        Set<ValidationMessage> messages = schema.validate(root);
        List<ValidationMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation())
                .thenComparing(ValidationMessage::getMessage));
        List<RegistryProblem> out = new ArrayList<>();
        for (ValidationMessage m : sorted) {
            out.add(locate(root, file, m.getInstanceLocation(), m.getProperty(), describe(m)));
        }
        return out;
    }

    /** A problem located at an entry (and field) of the top-level array. */
    RegistryProblem atEntry(JsonNode root, String file, int entry, String field, String message) {
        return new RegistryProblem(file, entry, idOf(root, entry), field, null, message);
    }

    static RegistryProblem problem(String file, String message) {
        return new RegistryProblem(file, null, null, null, null, message);
    }

    private RegistryProblem locate(JsonNode root, String file, JsonNodePath path, String property, String message) {
        int n = path.getNameCount();
        if (n >= 2 && arrayName.equals(path.getName(0)) && path.getElement(1) instanceof Integer index) {
            StringBuilder field = new StringBuilder();
            for (int i = 2; i < n; i++) {
                field.append(field.length() == 0 ? "" : "/").append(path.getName(i));
            }
            if (property != null && !property.isEmpty()) {
                field.append(field.length() == 0 ? "" : "/").append(property);
            }
            return new RegistryProblem(file, index, idOf(root, index), field.toString(), null, message);
        }
        String where = path.toString();
        if (property != null && !property.isEmpty()) {
            where = where + (where.endsWith("/") ? "" : "/") + property;
        }
        return new RegistryProblem(file, null, null, where.isEmpty() || where.equals("/") ? null : where, null,
                message);
    }

    private String idOf(JsonNode root, int index) {
        JsonNode id = root.path(arrayName).path(index).path(idField);
        return id.isTextual() ? id.asText() : null;
    }

    /** The validator's message without the location it starts with (we print the location ourselves). */
    private static String describe(ValidationMessage m) {
        String text = m.getMessage();
        String location = m.getInstanceLocation().toString();
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        } else if (text.startsWith(location)) {
            text = text.substring(location.length()).replaceFirst("^:?\\s*", "");
        }
        return text;
    }
}
