package org.vanban.corpus.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the sample documents and their gold files in {@code corpus/samples}: every document has a gold file
 * and vice versa, the documents are clean UTF-8 NFC text with LF line ends, and every gold file follows the schema
 * of the samples README with offsets that point at its surfaces.
 */
class SampleGoldTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("samples");
    private static final Path DOCS = SAMPLES.resolve("docs");
    private static final Path GOLD = SAMPLES.resolve("gold");
    private static final String FLAGSHIP = "ke-hoach-dan-van-2024";
    private static final Pattern COUNTS_ROW = Pattern.compile(
            "^\\| `([^`]+)` \\| [^|]+ \\| [^|]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static Stream<String> bases() throws IOException {
        return baseNames(DOCS, ".txt").stream();
    }

    @Test
    void everyDocumentHasAGoldFileAndViceVersa() throws IOException {
        Set<String> docs = baseNames(DOCS, ".txt");
        Set<String> gold = baseNames(GOLD, ".json");
        assertThat(docs).as("documents in %s", DOCS).hasSizeGreaterThanOrEqualTo(16).contains(FLAGSHIP);
        assertThat(gold).as("gold files in %s, one per document", GOLD).isEqualTo(docs);
        try (Stream<Path> files = Stream.concat(Files.list(DOCS), Files.list(GOLD))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("only .txt documents and .json gold files")
                    .allMatch(n -> n.endsWith(".txt") || n.endsWith(".json"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void documentIsCleanUtf8NfcWithLineFeeds(String base) throws IOException {
        byte[] bytes = Files.readAllBytes(DOCS.resolve(base + ".txt"));
        String text = strictUtf8(bytes, base);
        assertThat(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB)
                .as("%s starts with a byte-order mark", base).isFalse();
        assertThat(text).as("%s has CR characters", base).doesNotContain("\r");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s is NFC", base).isTrue();
        assertThat(text).as("%s ends with a line feed", base).endsWith("\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void goldFollowsTheSchemaAndPointsAtItsSurfaces(String base) throws IOException {
        String text = strictUtf8(Files.readAllBytes(DOCS.resolve(base + ".txt")), base);
        JsonNode gold = json.readTree(GOLD.resolve(base + ".json").toFile());
        assertThat(SampleGoldValidator.problems(text, gold)).as("problems in gold/%s.json", base).isEmpty();
    }

    @Test
    void validatorReportsEachKindOfBrokenGold() throws IOException {
        String text = Files.readString(DOCS.resolve(FLAGSHIP + ".txt"));
        ObjectNode gold = (ObjectNode) json.readTree(GOLD.resolve(FLAGSHIP + ".json").toFile());
        assertThat(SampleGoldValidator.problems(text, gold)).isEmpty();

        ObjectNode citation = (ObjectNode) gold.path("citations").get(0);
        citation.put("start", citation.path("start").asInt() + 1);
        ObjectNode deadline = (ObjectNode) gold.path("deadlines").get(0);
        deadline.put("date", "2024-02-30");
        deadline.put("recurrence", "weekly");
        ObjectNode section = (ObjectNode) gold.path("sections").get(1);
        section.put("start", section.path("start").asInt() + 2);
        ObjectNode assignment = (ObjectNode) gold.path("assignments").get(0);
        String who = assignment.remove("who").asText();
        assignment.put("who", who);
        gold.put("issuedDate", "22/01/2024");
        ArrayNode recipients = (ArrayNode) gold.path("recipients");
        recipients.add(7);
        String badRecipient = "recipients[" + (recipients.size() - 1) + "]";

        List<String> problems = SampleGoldValidator.problems(text, gold);
        assertThat(problems).anyMatch(p -> p.startsWith("citations[0]: end - start"))
                .anyMatch(p -> p.startsWith("citations[0]: text["))
                .anyMatch(p -> p.startsWith("deadlines[0].date: not a valid ISO date"))
                .anyMatch(p -> p.startsWith("deadlines[0].recurrence"))
                .anyMatch(p -> p.startsWith("sections[1].start") && p.contains("not at the start of a line"))
                .anyMatch(p -> p.startsWith("assignments[0]: keys"))
                .anyMatch(p -> p.startsWith("issuedDate: not a valid ISO date"))
                .anyMatch(p -> p.startsWith(badRecipient));

        ObjectNode reordered = json.createObjectNode();
        gold.fieldNames().forEachRemaining(k -> {
            if (!k.equals("docType")) {
                reordered.set(k, gold.get(k));
            }
        });
        reordered.set("docType", gold.get("docType"));
        assertThat(SampleGoldValidator.problems(text, reordered)).anyMatch(p -> p.startsWith("gold: keys"));
    }

    @Test
    void readmeCountsTableMatchesTheGoldFiles() throws IOException {
        Map<String, List<Integer>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SAMPLES.resolve("README.md"))) {
            Matcher m = COUNTS_ROW.matcher(line);
            if (m.matches()) {
                table.put(m.group(1), List.of(Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)),
                        Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5)), Integer.valueOf(m.group(6))));
            }
        }
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (String base : baseNames(GOLD, ".json")) {
            JsonNode gold = json.readTree(GOLD.resolve(base + ".json").toFile());
            Set<String> canonical = new HashSet<>();
            gold.path("citations").forEach(c -> canonical.add(c.path("canonical").asText()));
            actual.put(base, List.of(gold.path("citations").size(), canonical.size(), gold.path("deadlines").size(),
                    gold.path("sections").size(), gold.path("assignments").size()));
        }
        assertThat(table).as("README counts table (regenerate it with tools/make_gold.py --counts)")
                .isEqualTo(actual);
    }

    @Test
    void theSamplesArePackagedInTheCorpusJar() {
        assertThat(getClass().getClassLoader()
                .getResource("org/vanban/corpus/samples/docs/" + FLAGSHIP + ".txt")).isNotNull();
        assertThat(getClass().getClassLoader()
                .getResource("org/vanban/corpus/samples/gold/" + FLAGSHIP + ".json")).isNotNull();
    }

    private static Set<String> baseNames(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .forEach(n -> names.add(n.substring(0, n.length() - extension.length())));
            return names;
        }
    }

    private static String strictUtf8(byte[] bytes, String base) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(base + ".txt is not valid UTF-8: " + e.getMessage(), e);
        }
    }
}
