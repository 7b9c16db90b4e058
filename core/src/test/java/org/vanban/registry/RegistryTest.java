package org.vanban.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private static Registry registry() throws Exception {
        return Registry.builder()
                .add(RegistryJson.read(RegistryTest.class.getResourceAsStream("test-registry.json"), "t.json"))
                .build();
    }

    private static Instrument entry(String key, InstrumentStatus status, LocalDate issued, List<Relation> relations) {
        return new Instrument(key, "Thông tư", Symbols.canonicalOfKey(key), "Bộ X", null, List.of(), issued, null, null,
                status, null, Confidence.SOURCED, List.of("https://example.org/" + key), null, null, relations);
    }

    @Test
    void resolvesByKeySymbolVariantAndYear() throws Exception {
        Registry r = registry();
        assertThat(r.resolve("36/2017/TT-BGDĐT", 2017, null, null).match()).isEqualTo(Resolution.Match.KEY);
        Resolution qdi = r.resolve("11-QĐ/TW", 2019, LocalDate.of(2019, 2, 18), null);
        assertThat(qdi.resolved()).isTrue();
        assertThat(qdi.instrument().key()).isEqualTo("11-QĐi/TW@2019");
        assertThat(r.resolve("11-qđ/tw", 2019, null, null).instrument().key()).isEqualTo("11-QĐi/TW@2019");
    }

    @Test
    void symbolWithoutYear() throws Exception {
        Registry r = registry();
        Resolution unique = r.resolve("33/CT-TTg", null, null, null);
        assertThat(unique.resolved()).isTrue();
        assertThat(unique.weak()).isTrue();
        Resolution two = r.resolve("16/CT-TTg", null, null, null);
        assertThat(two.outcome()).isEqualTo(Resolution.Outcome.AMBIGUOUS);
        assertThat(two.candidates()).extracting(Instrument::key).containsExactly("16/CT-TTg@2016", "16/CT-TTg@2020");
        Resolution otherYear = r.resolve("16/CT-TTg", 2018, null, null);
        assertThat(otherYear.outcome()).isEqualTo(Resolution.Outcome.UNKNOWN);
        assertThat(otherYear.note()).contains("2016, 2020 only");
    }

    @Test
    void lawByName() throws Exception {
        Registry r = registry();
        assertThat(r.resolve("Luật Tố cáo", null, null, LocalDate.of(2015, 1, 1)).instrument().key())
                .isEqualTo("03/2011/QH13@2011");
        assertThat(r.resolve("Luật tố cáo", null, null, LocalDate.of(2020, 1, 1)).instrument().key())
                .isEqualTo("25/2018/QH14@2018");
        assertThat(r.resolve("Luật Tố cáo", 2018, null, null).instrument().key()).isEqualTo("25/2018/QH14@2018");
        assertThat(r.resolve("Luật Tố cáo", null, null, null).outcome()).isEqualTo(Resolution.Outcome.AMBIGUOUS);
    }

    @Test
    void inverseRelationsAreDerived() throws Exception {
        Instrument tt09 = registry().get("09/2024/TT-BGDĐT@2024").orElseThrow();
        assertThat(tt09.relations(RelationType.REPLACES)).singleElement().satisfies(x -> {
            assertThat(x.target()).isEqualTo("36/2017/TT-BGDĐT@2017");
            assertThat(x.derivedFrom()).isEqualTo("36/2017/TT-BGDĐT@2017");
        });
    }

    @Test
    void laterSourcesOverrideAndConflictsAreReported() {
        Instrument a = entry("1/2020/TT-BX@2020", InstrumentStatus.IN_FORCE, LocalDate.of(2020, 1, 1), List.of());
        Instrument b = entry("1/2020/TT-BX@2020", InstrumentStatus.EXPIRED, LocalDate.of(2020, 1, 2),
                List.of(Relation.of(RelationType.REPLACED_BY, "2/2024/TT-BX@2024", LocalDate.of(2024, 1, 1), false,
                        List.of("https://example.org/b"), Confidence.SOURCED, null)));
        Instrument sameAgain = entry("1/2020/TT-BX@2020", InstrumentStatus.UNDETERMINED, null, List.of());
        Registry r = Registry.builder().add(a, "first.json").add(b, "second.json").add(sameAgain, "third.json")
                .build();
        Instrument merged = r.get("1/2020/TT-BX@2020").orElseThrow();
        assertThat(merged.status()).isEqualTo(InstrumentStatus.EXPIRED);
        assertThat(merged.issued()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(merged.relations()).hasSize(1);
        assertThat(r.conflicts()).extracting(RegistryConflict::field).containsExactly("status", "issued");
        assertThat(r.conflicts().get(0).toString())
                .isEqualTo("1/2020/TT-BX@2020: status is \"hết hiệu lực toàn bộ\" in second.json but \"còn hiệu lực\""
                        + " in first.json; using second.json");
        assertThat(r.sources()).containsExactly("first.json", "second.json", "third.json");
    }

    @Test
    void symbolFingerprints() {
        assertThat(Symbols.fingerprint("11-QĐi/TW")).isEqualTo(Symbols.fingerprint("11-QĐ/TW"));
        assertThat(Symbols.fingerprint("04/2015/NĐ-CP")).isEqualTo(Symbols.fingerprint("4/2015/nđ-cp"));
        assertThat(Symbols.fingerprint("120/KL-TW")).isEqualTo(Symbols.fingerprint("120-KL/TW"));
        assertThat(Symbols.fingerprint("33/CTTTg")).isNotEqualTo(Symbols.fingerprint("33/CT-TTg"));
        assertThat(Symbols.yearInSymbol("04/2015/NĐ-CP")).isEqualTo(2015);
        assertThat(Symbols.yearInSymbol("25-NQ/TW")).isNull();
        assertThat(Symbols.keyOf("25-NQ/TW", 2013)).isEqualTo("25-NQ/TW@2013");
        assertThat(Symbols.yearOfKey("Luật Tố cáo")).isNull();
    }
}
