package org.vanban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.registry.Confidence;
import org.vanban.registry.Instrument;
import org.vanban.registry.InstrumentStatus;
import org.vanban.registry.Registry;
import org.vanban.registry.Relation;
import org.vanban.registry.RelationType;

class RegistryRelationsTest {

    private static Instrument entry(String key, String symbol, LocalDate issued, LocalDate expires,
            InstrumentStatus status, Relation... relations) {
        return new Instrument(key, "Chỉ thị", symbol, "Thủ tướng Chính phủ", null, List.of(), issued, null, expires,
                status, null, Confidence.SOURCED, List.of("https://example.org"), null, null, List.of(relations));
    }

    private static Relation rel(RelationType type, String target, LocalDate date) {
        return Relation.of(type, target, date, false, List.of("https://example.org"), Confidence.SOURCED, null);
    }

    private final RegistryRelations relations = new RegistryRelations(Registry.builder()
            .add(entry("16/CT-TTg@2016", "16/CT-TTg", LocalDate.of(2016, 5, 16), null, InstrumentStatus.EXPIRED,
                    rel(RelationType.REPLACED_BY, "33/CT-TTg@2021", null)), "test")
            .add(entry("33/CT-TTg@2021", "33/CT-TTg", LocalDate.of(2021, 11, 26), null, InstrumentStatus.IN_FORCE),
                    "test")
            .add(entry("04/2015/NĐ-CP@2015", "04/2015/NĐ-CP", LocalDate.of(2015, 1, 9), LocalDate.of(2023, 7, 1),
                    InstrumentStatus.EXPIRED, rel(RelationType.REPLACED_BY, "10/2022/QH15@2022",
                            LocalDate.of(2023, 7, 1))), "test")
            .build());

    @Test
    void replacementsAndPredecessorsFromEitherSide() {
        assertThat(relations.replacements("16/CT-TTg@2016")).containsExactly("33/CT-TTg@2021");
        assertThat(relations.predecessors("33/CT-TTg@2021")).containsExactly("16/CT-TTg@2016");
        assertThat(relations.predecessors("10/2022/QH15@2022")).isEmpty(); // not an entry of this registry
        assertThat(relations.replacements("99/CT-TTg@2020")).isEmpty();
    }

    @Test
    void supersededFromTheRelationDateOrTheReplacementsStart() {
        assertThat(relations.supersession("04/2015/NĐ-CP@2015", LocalDate.of(2023, 6, 30))).isEmpty();
        assertThat(relations.supersession("04/2015/NĐ-CP@2015", LocalDate.of(2023, 7, 1))).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo("replaced");
            assertThat(s.since()).isEqualTo(LocalDate.of(2023, 7, 1));
        });
        // undated relation: from the day the replacement was issued
        assertThat(relations.supersession("16/CT-TTg@2016", LocalDate.of(2021, 1, 1))).isEmpty();
        assertThat(relations.supersession("16/CT-TTg@2016", LocalDate.of(2022, 1, 1)))
                .hasValueSatisfying(s -> assertThat(s.replacedBy()).containsExactly("33/CT-TTg@2021"));
        assertThat(relations.supersession("33/CT-TTg@2021", LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void aSupersessionSaysWhetherASourceStatesIt() {
        assertThat(relations.supersession("04/2015/NĐ-CP@2015", LocalDate.of(2024, 1, 1)))
                .hasValueSatisfying(s -> assertThat(s.sourced()).isTrue());
        RegistryRelations unverified = new RegistryRelations(Registry.builder()
                .add(entry("16/CT-TTg@2016", "16/CT-TTg", LocalDate.of(2016, 5, 16), null, InstrumentStatus.EXPIRED,
                        Relation.of(RelationType.REPLACED_BY, "33/CT-TTg@2021", LocalDate.of(2021, 11, 26), false,
                                List.of("https://example.org"), Confidence.UNVERIFIED, null)), "test")
                .build());
        assertThat(unverified.supersession("16/CT-TTg@2016", LocalDate.of(2022, 1, 1)))
                .hasValueSatisfying(s -> assertThat(s.sourced()).isFalse());
    }

    @Test
    void keysInOtherSpellingsResolveThroughTheRegistry() {
        assertThat(relations.replacements("16/CT-TTg")).containsExactly("33/CT-TTg@2021"); // the only 16/CT-TTg
        assertThat(relations.supersession("04/2015/ND-CP@2015", LocalDate.of(2024, 1, 1))).isPresent();
    }
}
