package org.vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Normalisation keeps the gold offsets valid, for the seed documents (shared/seeds) and the corpus module's sample
 * documents: every gold span, mapped through the offset map, covers the gold surface (up to tone style) in the
 * normalised text, and every section still starts a line.
 */
class SeedGoldOffsetsTest {

    private static Path seeds() {
        String shared = System.getProperty("vanban.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "seeds");
        assumeTrue(dir != null && Files.isDirectory(dir.resolve("gold")),
                "shared/seeds not found (vanban.shared.dir=" + shared + "); skipping the seed offset check");
        return dir;
    }

    @ParameterizedTest
    @EnumSource(ToneStyle.class)
    void everyGoldSpanStillCoversItsSurface(ToneStyle style) throws IOException {
        assertThat(check(seeds(), style)).isGreaterThan(100);
    }

    @ParameterizedTest
    @EnumSource(ToneStyle.class)
    void everySampleGoldSpanStillCoversItsSurface(ToneStyle style) throws IOException {
        String root = System.getProperty("vanban.root.dir");
        Path samples = root == null ? null : Path.of(root, "corpus", "samples");
        assumeTrue(samples != null && Files.isDirectory(samples.resolve("gold")), "corpus/samples not found");
        assertThat(check(samples, style)).isGreaterThan(100);
    }

    /** Checks every gold file of a set ({@code docs/<base>.txt}, {@code gold/<base>.json}); returns the spans. */
    private static int check(Path seeds, ToneStyle style) throws IOException {
        VietnameseNormalizer normalizer = new VietnameseNormalizer(style);
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> s = Files.list(seeds.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        int spans = 0;
        for (Path gold : golds) {
            String base = gold.getFileName().toString().replace(".json", "");
            String source = Files.readString(seeds.resolve("docs").resolve(base + ".txt"), StandardCharsets.UTF_8);
            NormalizedText normalized = normalizer.normalize(source);
            JsonNode root = json.readTree(gold.toFile());
            for (String field : List.of("citations", "deadlines", "assignments")) {
                for (JsonNode span : root.path(field)) {
                    int start = source.offsetByCodePoints(0, span.get("start").asInt());
                    int end = source.offsetByCodePoints(0, span.get("end").asInt());
                    String surface = span.get("surface").asText();
                    int from = normalized.normalizedOffset(start);
                    int to = normalized.normalizedOffset(end);
                    assertThat(normalized.text().substring(from, to)).as("%s %s %s", base, field, surface)
                            .isEqualTo(normalizer.normalize(surface).text());
                    spans++;
                }
            }
            for (JsonNode section : root.path("sections")) {
                int start = source.offsetByCodePoints(0, section.get("start").asInt());
                int from = normalized.normalizedOffset(start);
                assertThat(from == 0 || normalized.text().charAt(from - 1) == '\n').as("%s section at line start %s",
                        base, section.get("label")).isTrue();
            }
        }
        return spans;
    }
}
