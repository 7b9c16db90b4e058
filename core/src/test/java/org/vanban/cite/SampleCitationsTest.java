package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vanban.normalize.NormalizedText;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.structure.DocumentStructure;

/**
 * The extractor against the hand-checked gold of the repository's sample documents ({@code corpus/samples}):
 * every gold mention found at its offsets with its fields, and nothing else found.
 */
class SampleCitationsTest {

    private final RuleCitationExtractor extractor = new RuleCitationExtractor();
    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void findsEveryGoldCitationOfTheSamples() throws IOException {
        Path samples = Path.of(System.getProperty("vanban.root.dir", "."), "corpus", "samples");
        Assumptions.assumeTrue(Files.isDirectory(samples.resolve("gold")), "no samples at " + samples);
        List<Path> goldFiles;
        try (Stream<Path> s = Files.list(samples.resolve("gold"))) {
            goldFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(goldFiles).isNotEmpty();
        List<String> problems = new ArrayList<>();
        int gold = 0;
        int namesAgree = 0;
        for (Path g : goldFiles) {
            String base = g.getFileName().toString().replace(".json", "");
            String raw = Files.readString(samples.resolve("docs").resolve(base + ".txt"), StandardCharsets.UTF_8);
            NormalizedText normalized = normalizer.normalize(raw);
            String text = normalized.text();
            List<Citation> found = new ArrayList<>(extractor.extract(text,
                    DocumentStructure.empty(text.length())));
            for (JsonNode c : json.readTree(g.toFile()).path("citations")) {
                gold++;
                // Gold offsets index the file as written; the extractor sees the normalised text.
                int start = normalized.normalizedOffset(raw.offsetByCodePoints(0, c.path("start").asInt()));
                int end = normalized.normalizedOffset(raw.offsetByCodePoints(0, c.path("end").asInt()));
                Citation hit = found.stream()
                        .filter(f -> f.start() == start && Objects.equals(f.canonical(), text(c, "canonical")))
                        .findFirst().orElse(null);
                if (hit == null) {
                    problems.add(base + ": missed " + c.path("surface").asText());
                    continue;
                }
                found.remove(hit);
                String where = base + " @" + c.path("start").asInt() + " ";
                check(problems, where + "surface", hit.surface(), text.substring(start, end));
                check(problems, where + "type", hit.type(), text(c, "type"));
                check(problems, where + "symbol", hit.symbol(), normalized(text(c, "symbol")));
                check(problems, where + "number", hit.number(), text(c, "number"));
                check(problems, where + "year", hit.year() == null ? null : hit.year().toString(), text(c, "year"));
                check(problems, where + "date", hit.date() == null ? null : hit.date().toString(), text(c, "date"));
                check(problems, where + "issuer", hit.issuer(), text(c, "issuer"));
                if (Objects.equals(hit.name(), text(c, "name"))) {
                    namesAgree++;
                }
            }
            found.forEach(f -> problems.add(base + ": extra " + f.surface()));
        }
        assertThat(problems).isEmpty();
        // Subjects are free text whose end is a judgement call; most must agree exactly.
        assertThat((double) namesAgree / gold).isGreaterThanOrEqualTo(0.95);
    }

    private String normalized(String printed) {
        return printed == null ? null : normalizer.normalize(printed).text();
    }

    private static void check(List<String> problems, String what, String got, String want) {
        if (!Objects.equals(got, want)) {
            problems.add(what + ": got " + got + ", gold " + want);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
