package org.vanban.corpus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.check.Checker;
import org.vanban.check.Finding;
import org.vanban.check.FindingCode;
import org.vanban.check.Severity;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;
import org.vanban.registry.Confidence;
import org.vanban.registry.Instrument;
import org.vanban.registry.Registry;
import org.vanban.registry.Relation;
import org.vanban.registry.RelationType;

/**
 * The checker on the seed documents, with their gold citations standing in for citation extraction (the repairs
 * are the gold's symbol → canonical). Skips when ../shared/seeds is absent.
 */
class SeedCheckTest {

    private static final Path SEEDS = Path.of(System.getProperty("vanban.shared.dir", "../shared"), "seeds");
    private final Checker checker = Checker.of(DefaultRegistry.registry(), DefaultRegistry.units());

    static AnalyzedDocument seed(String base) throws IOException {
        Path doc = SEEDS.resolve("docs/" + base + ".txt");
        assumeTrue(Files.isRegularFile(doc), "skipped: " + doc + " is absent");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        JsonNode gold = DocumentJson.mapper().readTree(SEEDS.resolve("gold/" + base + ".json").toFile());
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : gold.path("citations")) {
            String symbol = c.path("symbol").isNull() ? null : c.path("symbol").asText();
            String canonical = c.path("canonical").asText();
            Integer year = c.path("year").isInt() ? c.path("year").asInt() : null;
            List<String> repairs = symbol != null && !symbol.equals(canonical)
                    ? List.of(symbol + " → " + canonical) : List.of();
            citations.add(new Citation(c.path("surface").asText(), c.path("start").asInt(), c.path("end").asInt(),
                    c.path("type").asText(), symbol, canonical, c.path("number").asText(null), year,
                    c.path("date").isNull() ? null : LocalDate.parse(c.path("date").asText()),
                    c.path("issuer").isNull() ? null : c.path("issuer").asText(), null,
                    CitationKeys.of(canonical, year), repairs));
        }
        LocalDate issued = gold.path("issuedDate").isNull() ? null : LocalDate.parse(gold.path("issuedDate").asText());
        return new AnalyzedDocument(base, gold.path("docType").asText(null), gold.path("number").asText(null), issued,
                null, gold.path("title").asText(null), null, null, List.of(), List.of(), citations, List.of(),
                List.of(), List.of(), text);
    }

    private static List<String> bases() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS.resolve("docs")), "skipped: " + SEEDS + " is absent");
        try (Stream<Path> files = Files.list(SEEDS.resolve("docs"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "")).sorted().toList();
        }
    }

    @Test
    void circular36Of2017IsSupersededOnlyAfterItsReplacement() throws IOException {
        AnalyzedDocument plan2023 = seed("001_a09b4c08120d21bd");
        List<Finding> early = checker.check(plan2023, LocalDate.of(2023, 6, 30));
        assertThat(early).filteredOn(f -> f.surface().contains("36/2017"))
                .extracting(Finding::code).doesNotContain(FindingCode.SUPERSEDED, FindingCode.EXPIRED);
        List<Finding> late = checker.check(plan2023, LocalDate.of(2026, 1, 1));
        assertThat(late).filteredOn(f -> f.surface().contains("36/2017") && f.code() == FindingCode.SUPERSEDED)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.suggestion()).isEqualTo("Thông tư 09/2024/TT-BGDĐT");
                    assertThat(f.messageVi()).contains("09/2024/TT-BGDĐT");
                    assertThat(f.messageEn()).contains("replaced by Thông tư 09/2024/TT-BGDĐT");
                    assertThat(f.confidence()).isEqualTo(Confidence.SOURCED);
                    assertThat(f.sources()).isNotEmpty();
                });
    }

    @Test
    void malformedSymbolsComeOutWithTheirRepair() throws IOException {
        List<Finding> all = new ArrayList<>();
        for (String base : bases()) {
            all.addAll(checker.check(seed(base), LocalDate.of(2023, 6, 30)));
        }
        List<Finding> malformed = all.stream().filter(f -> f.code() == FindingCode.MALFORMED_SYMBOL).toList();
        String[][] expected = {
            {"33/CTTTg", "33/CT-TTg"}, {"729/QĐUBND", "729/QĐ-UBND"}, {"08-NQQ/TU", "08-NQ/TU"},
            {"36/2017/BGDĐT", "36/2017/TT-BGDĐT"}, {"120/KL-TW", "120-KL/TW"}};
        for (String[] e : expected) {
            assertThat(malformed).as(e[0]).anySatisfy(f -> {
                assertThat(f.surface()).contains(e[0]);
                assertThat(f.suggestion()).isEqualTo(e[1]);
                assertThat(f.messageVi()).contains("\"" + e[0] + "\"").contains("\"" + e[1] + "\"");
            });
        }
    }

    @Test
    void districtPeoplesCommitteeIsDefunctOnlyAfterTheReform() throws IOException {
        AnalyzedDocument report = seed("003_e0677abd00ed0152");
        assertThat(report.issuedDate()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(checker.check(report)).extracting(Finding::code).doesNotContain(FindingCode.DEFUNCT_UNIT);
        assertThat(checker.check(report, LocalDate.of(2026, 1, 1)))
                .filteredOn(f -> f.code() == FindingCode.DEFUNCT_UNIT)
                .anySatisfy(f -> {
                    assertThat(f.surface()).isEqualTo("Ủy ban nhân dân huyện Tân Hồng");
                    assertThat(f.sources()).isNotEmpty();
                    assertThat(f.confidence()).isEqualTo(Confidence.SOURCED);
                });
    }

    /** Every SUPERSEDED or EXPIRED finding stands on a registry fact, and only a sourced fact gives an error. */
    @Test
    void everySupersededOrExpiredFindingStandsOnASourcedFact() throws IOException {
        Registry registry = DefaultRegistry.registry();
        int checked = 0;
        for (String base : bases()) {
            AnalyzedDocument doc = seed(base);
            for (LocalDate asOf = LocalDate.of(2015, 1, 1); asOf.getYear() <= 2027; asOf = asOf.plusMonths(3)) {
                for (Finding f : checker.check(doc, asOf)) {
                    if (f.code() != FindingCode.SUPERSEDED && f.code() != FindingCode.EXPIRED) {
                        continue;
                    }
                    checked++;
                    Instrument entry = registry.get(f.registryKey()).orElseThrow();
                    assertThat(f.sources()).as(f.basis()).isNotEmpty();
                    boolean supportedBySourcedFact;
                    if (f.code() == FindingCode.SUPERSEDED) {
                        List<Relation> stated = entry.relations(RelationType.REPLACED_BY).stream()
                                .filter(r -> f.basis().contains(r.target())).toList();
                        assertThat(stated).as(f.basis()).isNotEmpty();
                        assertThat(stated.stream().flatMap(r -> r.sources().stream()).toList())
                                .containsAll(f.sources());
                        supportedBySourcedFact = stated.stream().anyMatch(Relation::sourced);
                        LocalDate day = asOf;
                        stated.stream().filter(r -> r.date() != null)
                                .forEach(r -> assertThat(r.date()).as(f.basis()).isBeforeOrEqualTo(day));
                    } else {
                        List<String> known = new ArrayList<>(entry.sources());
                        entry.relations(RelationType.REPEALED_BY).forEach(r -> known.addAll(r.sources()));
                        assertThat(known).as(f.basis()).containsAll(f.sources());
                        supportedBySourcedFact = entry.sourced() || entry.relations().stream()
                                .anyMatch(r -> r.sourced() && f.basis().contains(r.target()));
                    }
                    assertThat(f.confidence() == Confidence.SOURCED).as(f.basis()).isEqualTo(supportedBySourcedFact);
                    if (f.severity() == Severity.ERROR) {
                        assertThat(supportedBySourcedFact).as(f.basis()).isTrue();
                    }
                    if (!supportedBySourcedFact) {
                        assertThat(f.messageEn()).contains("Unverified");
                    }
                }
            }
        }
        assertThat(checked).as("some findings were checked").isPositive();
    }
}
