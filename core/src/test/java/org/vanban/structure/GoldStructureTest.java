package org.vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.vanban.SharedData;

/**
 * The structure stage against gold annotations (the schema of the seed set's README): the seed set
 * ({@code ../shared/seeds}, skipped when absent) must have docType, number, issuedDate, title and signer name right
 * on every document and sections F1 at least 0.95 (a section matches by start offset and label, as the evaluator
 * counts); the project's own samples ({@code corpus/samples}) must have every header field, the recipients and the
 * signature right as well. Both sets are NFC with LF line ends, so gold offsets index the text as read.
 */
class GoldStructureTest {

    private final RuleStructureParser parser = new RuleStructureParser();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void seedsHaveTheMustShowFieldsRight(TestReporter reporter) throws IOException {
        Path seeds = SharedData.dir("seeds");
        List<String> optionalMisses = new ArrayList<>();
        double f1 = evaluate(seeds.resolve("docs"), seeds.resolve("gold"), optionalMisses, reporter);
        reporter.publishEntry("optional fields missed", optionalMisses.toString());
        assertThat(f1).as("sections F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void samplesHaveEveryHeaderFieldRight(TestReporter reporter) throws IOException {
        Path samples = Path.of(System.getProperty("user.dir")).resolve("../corpus/samples").normalize();
        assumeTrue(Files.isDirectory(samples.resolve("gold")), samples + " is absent: skipping");
        List<String> misses = new ArrayList<>();
        double f1 = evaluate(samples.resolve("docs"), samples.resolve("gold"), misses, reporter);
        assertThat(misses).as("header fields, recipients and signature").isEmpty();
        assertThat(f1).as("sections F1").isGreaterThanOrEqualTo(0.95);
    }

    /** Asserts the must-show fields softly, collects other disagreements, returns the sections F1. */
    private double evaluate(Path docs, Path goldDir, List<String> optionalMisses,
            TestReporter reporter) throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> s = Files.list(goldDir)) {
            goldFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(goldFiles).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (Path goldFile : goldFiles) {
            String base = goldFile.getFileName().toString().replace(".json", "");
            String text = Files.readString(docs.resolve(base + ".txt"));
            JsonNode g = json.readTree(goldFile.toFile());
            DocumentStructure d = parser.parse(text);

            softly.assertThat(d.docType()).as(base + " docType").isEqualTo(text(g, "docType"));
            softly.assertThat(d.number()).as(base + " number").isEqualTo(text(g, "number"));
            softly.assertThat(d.issuedDate() == null ? null : d.issuedDate().toString()).as(base + " issuedDate")
                    .isEqualTo(text(g, "issuedDate"));
            softly.assertThat(d.title()).as(base + " title").isEqualTo(text(g, "title"));
            softly.assertThat(d.signer() == null ? null : d.signer().name()).as(base + " signer.name")
                    .isEqualTo(text(g.path("signer"), "name"));

            check(optionalMisses, base + " place", d.place(), text(g, "place"));
            check(optionalMisses, base + " issuer", d.issuer(), text(g, "issuer"));
            check(optionalMisses, base + " signer.title", d.signer() == null ? null : d.signer().title(),
                    text(g.path("signer"), "title"));
            check(optionalMisses, base + " signer.authority", d.signer() == null ? null : d.signer().authority(),
                    text(g.path("signer"), "authority"));
            List<String> goldRecipients = new ArrayList<>();
            g.path("recipients").forEach(r -> goldRecipients.add(r.asText()));
            check(optionalMisses, base + " recipients", d.recipients().toString(), goldRecipients.toString());

            List<String> found = d.sections().stream().map(s -> s.start() + ":" + s.label()).toList();
            List<String> expected = new ArrayList<>();
            g.path("sections").forEach(s -> expected.add(s.path("start").asInt() + ":" + s.path("label").asText()));
            predicted += found.size();
            gold += expected.size();
            tp += (int) expected.stream().filter(found::contains).count();
        }
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = gold == 0 ? 0 : (double) tp / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        reporter.publishEntry("sections", String.format("tp=%d predicted=%d gold=%d F1=%.3f", tp, predicted, gold,
                f1));
        softly.assertAll();
        return f1;
    }

    private static void check(List<String> misses, String what, String got, String gold) {
        if (got == null ? gold != null : !got.equals(gold)) {
            misses.add(what + ": got " + got + ", gold " + gold);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
