package org.vanban.corpus.heldout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.corpus.samples.SampleGoldValidator;

/**
 * Validates the held-out set in {@code corpus/heldout} the way {@code SampleGoldTest} validates the samples: every
 * document has a gold file and vice versa, the documents are clean UTF-8 NFC text with LF line ends, every gold file
 * follows the samples' schema with offsets that point at its surfaces, and the README counts table is current.
 * The set is read from the file system only: it is not packaged, so nothing on the class path can tune on it.
 */
class HeldoutGoldTest {

    private static final Path HELDOUT = Path.of(System.getProperty("basedir", ".")).resolve("heldout");
    private static final Path DOCS = HELDOUT.resolve("docs");
    private static final Path GOLD = HELDOUT.resolve("gold");

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static Stream<String> bases() throws IOException {
        return SampleGoldValidator.baseNames(DOCS, ".txt").stream();
    }

    @Test
    void everyDocumentHasAGoldFileAndViceVersa() throws IOException {
        Set<String> docs = SampleGoldValidator.baseNames(DOCS, ".txt");
        assertThat(docs).as("documents in %s", DOCS).hasSizeGreaterThanOrEqualTo(8);
        assertThat(SampleGoldValidator.baseNames(GOLD, ".json")).as("gold files in %s, one per document", GOLD)
                .isEqualTo(docs);
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
        assertThat(SampleGoldValidator.problems(text, gold)).as("problems in heldout/gold/%s.json", base).isEmpty();
    }

    @Test
    void readmeCountsTableMatchesTheGoldFiles() throws IOException {
        assertThat(SampleGoldValidator.readmeCounts(HELDOUT.resolve("README.md")))
                .as("README counts table (regenerate it with tools/make_heldout_gold.py --counts)")
                .isEqualTo(SampleGoldValidator.goldCounts(GOLD, json));
    }

    @Test
    void theHeldoutSetIsNotPackaged() throws IOException {
        String any = bases().findFirst().orElseThrow();
        assertThat(getClass().getClassLoader().getResource("org/vanban/corpus/heldout/docs/" + any + ".txt"))
                .as("held-out documents must stay out of the corpus jar").isNull();
        assertThat(getClass().getClassLoader().getResource("heldout/docs/" + any + ".txt")).isNull();
    }
}
