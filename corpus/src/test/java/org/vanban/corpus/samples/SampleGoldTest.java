package org.vanban.corpus.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static Stream<String> bases() throws IOException {
        return SampleGoldValidator.baseNames(DOCS, ".txt").stream();
    }

    @Test
    void everyDocumentHasAGoldFileAndViceVersa() throws IOException {
        Set<String> docs = SampleGoldValidator.baseNames(DOCS, ".txt");
        Set<String> gold = SampleGoldValidator.baseNames(GOLD, ".json");
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
        assertThat(SampleGoldValidator.documentProblems(bytes, base + ".txt")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void goldFollowsTheSchemaAndPointsAtItsSurfaces(String base) throws IOException {
        String text = SampleGoldValidator.strictUtf8(Files.readAllBytes(DOCS.resolve(base + ".txt")), base + ".txt");
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
    void documentCheckReportsEachKindOfUncleanText() {
        byte[] unclean = "\uFEFFHo\u0301a\r\nend".getBytes(StandardCharsets.UTF_8);
        assertThat(SampleGoldValidator.documentProblems(unclean, "x.txt"))
                .containsExactlyInAnyOrder("x.txt starts with a byte-order mark", "x.txt has CR characters",
                        "x.txt is not NFC", "x.txt does not end with a line feed");
        assertThat(SampleGoldValidator.documentProblems("Hòa\n".getBytes(StandardCharsets.UTF_8),
                "y.txt")).isEmpty();
        assertThatThrownBy(() -> SampleGoldValidator.documentProblems(new byte[] {(byte) 0xC3, 0x28}, "z.txt"))
                .hasMessageStartingWith("z.txt is not valid UTF-8");
    }

    @Test
    void readmeCountsTableMatchesTheGoldFiles() throws IOException {
        assertThat(SampleGoldValidator.readmeCounts(SAMPLES.resolve("README.md")))
                .as("README counts table (regenerate it with tools/make_gold.py --counts)")
                .isEqualTo(SampleGoldValidator.goldCounts(GOLD, json));
    }

    @Test
    void theSamplesArePackagedInTheCorpusJar() {
        assertThat(getClass().getClassLoader()
                .getResource("org/vanban/corpus/samples/docs/" + FLAGSHIP + ".txt")).isNotNull();
        assertThat(getClass().getClassLoader()
                .getResource("org/vanban/corpus/samples/gold/" + FLAGSHIP + ".json")).isNotNull();
    }
}
