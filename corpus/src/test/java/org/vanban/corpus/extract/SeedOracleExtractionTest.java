package org.vanban.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vanban.Pipeline;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.corpus.eval.EvalReport;
import org.vanban.corpus.eval.Evaluator;
import org.vanban.corpus.eval.Score;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.Section;
import org.vanban.structure.Signer;

/**
 * Scores the deadline and assignment extractors on the seed documents in isolation: the structure and the
 * citations come from the gold files (an oracle), so that a shortfall here is the extractors' own, whatever the
 * state of the structure parser and the citation extractor. Skips when shared/seeds is absent.
 */
class SeedOracleExtractionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void extractorsReachTheirTargetsOnTheSeedsGivenGoldStructureAndCitations() throws IOException {
        Path seeds = Path.of(System.getProperty("vanban.shared.dir", "../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds.resolve("gold")), "shared/seeds not present: " + seeds);
        check(seeds, 0.90, 0.85);
    }

    @Test
    void extractorsReachTheirTargetsOnTheSamplesGivenGoldStructureAndCitations() throws IOException {
        Path samples = Path.of(System.getProperty("vanban.root.dir", ".."), "corpus", "samples");
        if (!Files.isDirectory(samples)) {
            samples = Path.of("samples");
        }
        assumeTrue(Files.isDirectory(samples.resolve("gold")), "corpus/samples not found");
        check(samples, 0.85, 0.80);
    }

    private void check(Path seeds, double deadlineTarget, double assignmentTarget) throws IOException {
        Map<String, JsonNode> goldByText = new HashMap<>();
        try (var files = Files.list(seeds.resolve("gold"))) {
            for (Path g : files.sorted().toList()) {
                String base = g.getFileName().toString().replace(".json", "");
                String text = Files.readString(seeds.resolve("docs").resolve(base + ".txt"))
                        .replace("\r\n", "\n");
                // the pipeline hands the stages normalised text: key the gold by that (normalisation keeps offsets here)
                goldByText.put(new VietnameseNormalizer().normalize(text).text(), JSON.readTree(g.toFile()));
            }
        }
        Pipeline oracle = Pipeline.builder()
                .structureParser(text -> structure(text, goldByText.get(text)))
                .citationExtractor((text, structure) -> citations(goldByText.get(text)))
                .build();
        EvalReport report = new Evaluator(oracle).evaluate(seeds.resolve("docs"), seeds.resolve("gold"));
        report.documents().forEach(d -> d.mismatches().stream()
                .filter(m -> m.startsWith("deadlines") || m.startsWith("assignments"))
                .forEach(m -> System.out.println(d.name() + ": " + m)));
        Score deadlines = report.totals().get("deadlines");
        Score assignments = report.totals().get("assignments");
        System.out.println("deadlines " + deadlines + " F1=" + deadlines.f1());
        System.out.println("assignments " + assignments + " F1=" + assignments.f1());
        assertThat(deadlines.f1()).isGreaterThanOrEqualTo(deadlineTarget);
        assertThat(assignments.f1()).isGreaterThanOrEqualTo(assignmentTarget);
    }

    static DocumentStructure structure(String text, JsonNode g) {
        if (g == null) {
            return DocumentStructure.empty(text.length());
        }
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : g.path("sections")) {
            sections.add(new Section(s.path("level").asInt(), s.path("label").asText(), s.path("title").asText(),
                    s.path("start").asInt(), text.length()));
        }
        int footer = text.length();
        for (String marker : new String[] {"Nơi nhận", "Noi nhận"}) {
            int at = text.lastIndexOf(marker);
            if (at >= 0 && at < footer) {
                footer = at;
            }
        }
        String title = g.path("title").asText();
        int bodyStart = sections.isEmpty() || title.isEmpty() ? 0 : Math.max(0, text.indexOf(title));
        JsonNode signer = g.path("signer");
        List<String> recipients = new ArrayList<>();
        g.path("recipients").forEach(r -> recipients.add(r.asText()));
        return new DocumentStructure(text(g, "docType"), text(g, "number"), null,
                g.path("issuedDate").isNull() ? null : LocalDate.parse(g.path("issuedDate").asText()),
                text(g, "place"), text(g, "title"), text(g, "issuer"),
                signer.isNull() || signer.isMissingNode() ? null
                        : new Signer(text(signer, "name"), text(signer, "title"), text(signer, "authority")),
                recipients, sections, new TextSpan(bodyStart, footer));
    }

    static List<Citation> citations(JsonNode g) {
        List<Citation> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (JsonNode c : g.path("citations")) {
            out.add(new Citation(c.path("surface").asText(), c.path("start").asInt(), c.path("end").asInt(),
                    text(c, "type"), text(c, "symbol"), text(c, "canonical"), text(c, "number"),
                    c.path("year").isNull() ? null : c.path("year").asInt(),
                    c.path("date").isNull() ? null : LocalDate.parse(c.path("date").asText()), text(c, "issuer"),
                    text(c, "name"), null, List.of()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
