package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vanban.normalize.NormalizedText;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.structure.DocumentStructure;

/**
 * The extractor over every text of the real corpus ({@code shared/real-corpus/docs}: 559 legal and administrative
 * documents nobody cleaned). Skipped when the corpus is not beside the checkout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusCitationTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealCorpusCitationTest.class);

    private final RuleCitationExtractor extractor = new RuleCitationExtractor();
    private final Map<String, List<Citation>> byDocument = new TreeMap<>();
    private final Map<String, String> texts = new TreeMap<>();

    @BeforeAll
    void extractAll() throws IOException {
        Path docs = Path.of(System.getProperty("vanban.shared.dir", "../shared"), "real-corpus", "docs");
        Assumptions.assumeTrue(Files.isDirectory(docs), "real corpus not found at " + docs + ": skipped");
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            NormalizedText normalized = normalizer.normalize(raw);
            String text = normalized.text();
            // The normaliser joins symbols broken across lines; the repair is recorded as the pipeline does.
            List<Citation> found = NormalisationRepairs.note(assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> extractor.extract(text, DocumentStructure.empty(text.length())), f::toString), raw,
                    normalized);
            byDocument.put(f.getFileName().toString(), found);
            texts.put(f.getFileName().toString(), text);
        }
        int total = byDocument.values().stream().mapToInt(List::size).sum();
        LOG.info("real corpus: {} documents, {} citations", byDocument.size(), total);
    }

    @Test
    void everyCitationIsWellFormed() {
        assertThat(byDocument).hasSizeGreaterThan(500);
        byDocument.forEach((name, found) -> {
            String text = texts.get(name);
            for (Citation c : found) {
                assertThat(text.substring(c.start(), c.end())).as(name).isEqualTo(c.surface());
                assertThat(c.canonical()).as(name).isNotBlank();
                assertThat(c.key()).as(name).isNotBlank();
            }
        });
    }

    @Test
    void findsTheCitationsOfLegalTexts() {
        // Nearly every document cites its legal bases ("Căn cứ Luật …; Căn cứ Nghị định …").
        long without = byDocument.values().stream().filter(List::isEmpty).count();
        assertThat(without).isLessThan(byDocument.size() / 20);
        assertThat(byDocument.values().stream().mapToInt(List::size).sum()).isGreaterThan(8000);
    }

    @Test
    void symbolsBrokenAcrossLinesAreReadWhole() {
        List<Citation> broken = all(c -> c.repairs().stream().anyMatch(r -> r.startsWith("line-break:")));
        assertThat(broken).isNotEmpty();
        assertThat(broken).allSatisfy(c -> assertThat(c.canonical()).doesNotContainAnyWhitespaces());
    }

    @Test
    void upperCaseSymbolsGetTheirProperSpelling() {
        assertThat(all(c -> "06/QĐ-TTG".equals(c.symbol())))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.canonical()).isEqualTo("06/QĐ-TTg"));
    }

    @Test
    void footnoteMarkersStayOutOfSymbols() {
        assertThat(all(c -> c.symbol() != null && c.symbol().matches(".*[\\[\\]^].*"))).isEmpty();
        assertThat(all(c -> "151/2025/NĐ-CP".equals(c.canonical()))).isNotEmpty();
    }

    @Test
    void noSymbolIsADateOrANumberAlone() {
        assertThat(all(c -> c.symbol() != null && c.symbol().matches("[0-9/.-]+") && c.symbol().contains("/")))
                .isEmpty();
    }

    private List<Citation> all(java.util.function.Predicate<Citation> p) {
        List<Citation> out = new ArrayList<>();
        byDocument.values().forEach(list -> list.stream().filter(p).forEach(out::add));
        return out;
    }
}
