package org.vanban.corpus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.DocumentJson;
import org.vanban.registry.AdministrativeLevel;
import org.vanban.registry.AdministrativeUnit;
import org.vanban.registry.AdministrativeUnits;
import org.vanban.registry.Confidence;
import org.vanban.registry.Instrument;
import org.vanban.registry.InstrumentStatus;
import org.vanban.registry.Registry;
import org.vanban.registry.RegistryJson;
import org.vanban.registry.Relation;
import org.vanban.registry.RelationType;

class DefaultRegistryTest {

    private static Path shared() {
        return Path.of(System.getProperty("vanban.shared.dir", "../shared"));
    }

    private static Path root() {
        return Path.of(System.getProperty("vanban.root.dir", ".."));
    }

    @Test
    void loadsWithoutConflicts() {
        Registry r = DefaultRegistry.registry();
        assertThat(r.size()).isEqualTo(102);
        assertThat(r.conflicts()).isEmpty();
        Instrument tt36 = r.get("36/2017/TT-BGDĐT@2017").orElseThrow();
        assertThat(tt36.status()).isEqualTo(InstrumentStatus.EXPIRED);
        assertThat(tt36.relations(RelationType.REPLACED_BY)).singleElement()
                .satisfies(x -> assertThat(x.target()).isEqualTo("09/2024/TT-BGDĐT@2024"));
        assertThat(r.get("124-QĐ/TW@2023")).isPresent();
        assertThat(r.get("124-QĐ/TW@2018")).isPresent();
        assertThat(r.resolve("Luật Tố cáo", null, null, java.time.LocalDate.of(2026, 1, 1)).instrument().key())
                .isEqualTo("25/2018/QH14@2018");
    }

    @Test
    void everySourcedFactHasASource() {
        for (Instrument i : DefaultRegistry.registry().instruments()) {
            if (i.confidence() == Confidence.SOURCED) {
                assertThat(i.sources()).as(i.key()).isNotEmpty();
            }
            for (Relation r : i.relations()) {
                if (r.confidence() == Confidence.SOURCED) {
                    assertThat(r.sources()).as(i.key() + " " + r.type()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void everyResearchRowIsCarriedOverWithAllItsSources() throws Exception {
        Path table = shared().resolve("research/legal-status.json");
        assumeTrue(Files.isRegularFile(table), "skipped: " + table + " is absent");
        JsonNode rows = DocumentJson.mapper().readTree(table.toFile());
        Registry r = DefaultRegistry.registry();
        List<String> missing = new ArrayList<>();
        for (JsonNode row : rows) {
            String id = row.path("id").asText();
            String symbol = id.replaceFirst(":(\\d{4})$", "");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d{4})$").matcher(id);
            Integer year = m.find() ? Integer.valueOf(m.group(1))
                    : org.vanban.registry.Symbols.yearInSymbol(symbol) != null
                            ? org.vanban.registry.Symbols.yearInSymbol(symbol) : row.path("year").asInt();
            Instrument entry = r.get(symbol + "@" + year).orElse(null);
            if (entry == null) {
                missing.add(id);
                continue;
            }
            List<String> sources = new ArrayList<>();
            row.path("sources").forEach(s -> sources.add(s.asText()));
            assertThat(entry.sources()).as(id).containsExactlyElementsOf(sources);
            assertThat(entry.confidence().label()).as(id).isEqualTo(row.path("confidence").asText());
            if (row.path("confidence").asText().equals("unverified")) {
                // Relations the row states stay unverified (inverses derived from other rows keep theirs).
                assertThat(entry.relations()).as(id).filteredOn(x -> x.derivedFrom() == null).allSatisfy(x ->
                        assertThat(x.confidence()).isEqualTo(Confidence.UNVERIFIED));
            }
        }
        assertThat(missing).isEmpty();
        assertThat(rows.size()).isEqualTo(99);
    }

    @Test
    void committedRegistryIsTheConvertersOutput() throws Exception {
        Path table = shared().resolve("research/legal-status.json");
        assumeTrue(Files.isRegularFile(table), "skipped: " + table + " is absent");
        Path committed = root().resolve("corpus/src/main/resources/org/vanban/corpus/registry/instruments.json");
        assertThat(LegalStatusConverter.convert(table)).isEqualTo(Files.readString(committed));
    }

    @Test
    void unitHistory() {
        AdministrativeUnits units = DefaultRegistry.units();
        List<AdministrativeUnit> provinces = units.units().stream()
                .filter(u -> u.level() == AdministrativeLevel.PROVINCE).toList();
        assertThat(provinces).hasSize(63);
        assertThat(provinces.stream().filter(u -> u.endedOn() == null)).hasSize(34);
        assertThat(units.named("Đắk Nông", AdministrativeLevel.PROVINCE)).singleElement()
                .satisfies(u -> assertThat(u.successor()).isEqualTo("tỉnh Lâm Đồng"));
        assertThat(units.named("2", AdministrativeLevel.DISTRICT)).singleElement()
                .satisfies(u -> assertThat(u.endedOn()).hasToString("2021-01-01"));
        assertThat(units.abolition(AdministrativeLevel.DISTRICT)).hasValueSatisfying(a -> {
            assertThat(a.endedOn()).hasToString("2025-07-01");
            assertThat(a.sources()).isNotEmpty();
        });
        assertThat(units.units()).allSatisfy(u -> {
            if (u.confidence() == Confidence.SOURCED) {
                assertThat(u.sources()).as(u.id()).isNotEmpty();
            }
        });
    }

    @Test
    void publishedSchemasAreTheOnesInUse() throws Exception {
        for (String name : new String[] {"registry-v1.schema.json", "administrative-units-v1.schema.json"}) {
            Path published = root().resolve("corpus/schema/" + name);
            try (InputStream in = RegistryJson.class.getResourceAsStream(name)) {
                assertThat(Files.readString(published)).as(name)
                        .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
