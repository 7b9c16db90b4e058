package org.vanban.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryJsonTest {

    private static final String HEAD = "{\"format\":\"vanban-registry\",\"version\":1,\"instruments\":[";

    private static List<RegistryProblem> problems(String json) {
        try {
            RegistryJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json");
            return List.of();
        } catch (RegistryFormatException e) {
            assertThat(e.getMessage()).startsWith("my.json");
            return e.problems();
        }
    }

    private static String entry(String fields) {
        return "{\"key\":\"36/2017/TT-BGDĐT@2017\",\"symbol\":\"36/2017/TT-BGDĐT\",\"confidence\":\"sourced\","
                + "\"sources\":[\"https://example.org\"]," + fields + "}";
    }

    @Test
    void readsTheTestRegistry() throws Exception {
        RegistryFile file = RegistryJson.read(getClass().getResourceAsStream("test-registry.json"), "t.json");
        assertThat(file.instruments()).hasSize(13);
        Instrument tt36 = file.instruments().get(0);
        assertThat(tt36.status()).isEqualTo(InstrumentStatus.EXPIRED);
        assertThat(tt36.relations(RelationType.REPLACED_BY)).singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo("09/2024/TT-BGDĐT@2024"));
    }

    @Test
    void problemsNameFileEntryAndField() {
        List<RegistryProblem> p = problems(HEAD + entry("\"status\":\"in force\"") + "]}");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.entry()).isZero();
            assertThat(x.id()).isEqualTo("36/2017/TT-BGDĐT@2017");
            assertThat(x.field()).isEqualTo("status");
            assertThat(x.toString()).startsWith("my.json: entry 0 (36/2017/TT-BGDĐT@2017), field status: ");
        });
    }

    @Test
    void missingFieldsAndUnknownFields() {
        List<RegistryProblem> p = problems(HEAD + "{\"key\":\"x\",\"statuss\":\"còn hiệu lực\"}]}");
        assertThat(p).extracting(RegistryProblem::toString).anySatisfy(s -> assertThat(s).contains("status"))
                .anySatisfy(s -> assertThat(s).contains("confidence")).anySatisfy(s -> assertThat(s).contains("statuss"));
    }

    @Test
    void sourcedNeedsASource() {
        String e = "{\"key\":\"a\",\"status\":\"còn hiệu lực\",\"confidence\":\"sourced\",\"sources\":[]}";
        assertThat(problems(HEAD + e + "]}")).singleElement()
                .satisfies(x -> assertThat(x.field()).isEqualTo("sources"));
    }

    @Test
    void semanticChecks() {
        String badDate = entry("\"status\":\"còn hiệu lực\",\"issued\":\"2017-02-30\"");
        String wrongYear = "{\"key\":\"36/2017/TT-BGDĐT@2018\",\"symbol\":\"36/2017/TT-BGDĐT\",\"status\":\"còn hiệu lực\","
                + "\"confidence\":\"unverified\",\"sources\":[]}";
        String order = "{\"key\":\"b\",\"status\":\"còn hiệu lực\",\"confidence\":\"unverified\",\"sources\":[],"
                + "\"issued\":\"2020-01-02\",\"effective\":\"2020-01-01\"}";
        String self = "{\"key\":\"c\",\"status\":\"còn hiệu lực\",\"confidence\":\"unverified\",\"sources\":[],"
                + "\"relations\":[{\"type\":\"replacedBy\",\"target\":\"c\",\"confidence\":\"unverified\",\"sources\":[]}]}";
        String dup = "{\"key\":\"b\",\"status\":\"còn hiệu lực\",\"confidence\":\"unverified\",\"sources\":[]}";
        List<RegistryProblem> p = problems(HEAD + String.join(",", badDate, wrongYear, order, self, dup) + "]}");
        assertThat(p).extracting(RegistryProblem::toString)
                .anySatisfy(s -> assertThat(s).contains("entry 0").contains("issued").contains("not a calendar date"))
                .anySatisfy(s -> assertThat(s).contains("entry 1").contains("@2017"))
                .anySatisfy(s -> assertThat(s).contains("entry 2").contains("effective 2020-01-01 is before issued"))
                .anySatisfy(s -> assertThat(s).contains("entry 3").contains("itself"))
                .anySatisfy(s -> assertThat(s).contains("entry 4").contains("duplicate key"));
    }

    @Test
    void syntaxErrorsGiveTheLine() {
        assertThat(problems("{\n\"format\": \"vanban-registry\",\n\"version\": 1,,\n}")).singleElement()
                .satisfies(x -> {
                    assertThat(x.line()).isEqualTo(3);
                    assertThat(x.toString()).startsWith("my.json:3: not valid JSON");
                });
        assertThat(problems("")).singleElement().satisfies(x -> assertThat(x.message()).contains("empty"));
    }

    @Test
    void missingFileIsAProblemNotAnException(@TempDir Path dir) {
        assertThat(RegistryJson.validate(dir.resolve("nope.json"))).singleElement()
                .satisfies(x -> assertThat(x.toString()).endsWith("nope.json: cannot be read: no such file"));
    }

    @Test
    void writeThenReadGivesTheSameEntries(@TempDir Path dir) throws Exception {
        RegistryFile file = RegistryJson.read(getClass().getResourceAsStream("test-registry.json"), "t.json");
        Path out = dir.resolve("copy.json");
        Files.writeString(out, RegistryJson.write("copy", null, null, file.instruments()));
        assertThat(RegistryJson.read(out).instruments()).isEqualTo(file.instruments());
    }

    @Property(tries = 200)
    void arbitraryInputNeverThrowsAnythingElse(@ForAll @StringLength(max = 200) String junk) {
        try {
            RegistryJson.read(new ByteArrayInputStream(junk.getBytes(StandardCharsets.UTF_8)), "junk");
        } catch (RegistryFormatException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Test
    void statusLabelsRoundTrip() {
        for (InstrumentStatus s : InstrumentStatus.values()) {
            assertThat(InstrumentStatus.fromLabel(s.label())).isEqualTo(s);
        }
        assertThatThrownBy(() -> InstrumentStatus.fromLabel("in force")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalDate.parse("2025-12-18")).isNotNull();
    }
}
