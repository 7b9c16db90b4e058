package org.vanban;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * JSON for {@link AnalyzedDocument}, in the field order and spelling of the contract: ISO-8601 dates, nulls
 * written out, the text included only when asked for.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private DocumentJson() {
    }

    /** A mapper configured for the contract (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON. */
    public static String toJson(AnalyzedDocument doc, boolean withText) {
        return write(COMPACT, doc, withText);
    }

    /** Indented JSON. */
    public static String toPrettyJson(AnalyzedDocument doc, boolean withText) {
        return write(PRETTY, doc, withText);
    }

    public static AnalyzedDocument fromJson(String json) {
        try {
            return MAPPER.readValue(json, AnalyzedDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectWriter writer, AnalyzedDocument doc, boolean withText) {
        try {
            ObjectNode node = MAPPER.valueToTree(doc);
            if (!withText) {
                node.remove("text");
            }
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
