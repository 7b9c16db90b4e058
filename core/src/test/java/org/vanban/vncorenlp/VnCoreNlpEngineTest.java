package org.vanban.vncorenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.TextSpan;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityKind;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordToken;

/** The run-time engine, on a stand-in VnCoreNLP jar built by the test (see fake/README.md). */
class VnCoreNlpEngineTest {

    @TempDir
    static Path installations;

    static VnCoreNlp nlp;

    @BeforeAll
    static void install() throws Exception {
        nlp = VnCoreNlp.load(FakeVnCoreNlp.install(installations.resolve("ok")));
    }

    static final String TEXT = "Thực hiện Nghị quyết số 08-NQ/TU của Tỉnh Ủy, giao ông Nguyễn Văn An làm công tác "
            + "tuyên truyền tại Hà Nội.\nGiao bà Lê Thị Hoa theo dõi.";

    @Test
    void symbolsNeverReachVnCoreNlpAndComeBackWhole() {
        List<WordToken> tokens = nlp.segment(TEXT);
        assertThat(tokens).anyMatch(t -> t.text().equals("08-NQ/TU") && t.kind() == TokenKind.SYMBOL);
        assertThat(tokens).noneMatch(t -> t.text().equals("NQ") || t.text().equals("TU"));
        for (WordToken t : tokens) {
            assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(nlp.lastAlignmentRate()).isEqualTo(1.0);
    }

    @Test
    void rewrittenToneMarksAndJoinsAreAlignedToTheText() {
        List<WordToken> tokens = nlp.segment(TEXT);
        assertThat(tokens).extracting(WordToken::text).contains("Tỉnh Ủy", "công tác", "Nguyễn Văn An", "Hà Nội",
                "Lê Thị Hoa");
    }

    @Test
    void entitiesCarryOffsetsOfTheNormalisedText() {
        List<Entity> entities = nlp.tag(TEXT, List.of());
        assertThat(entities).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(Entity::text)
                .containsExactly("Nguyễn Văn An", "Lê Thị Hoa");
        assertThat(entities).filteredOn(e -> e.kind() == EntityKind.LOCATION).extracting(Entity::text)
                .containsExactly("Hà Nội");
        for (Entity e : entities) {
            assertThat(TEXT.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void noEntityInsideAProtectedSpan() {
        int start = TEXT.indexOf("ông Nguyễn");
        List<Entity> entities = nlp.tag(TEXT, List.of(new TextSpan(start, start + "ông Nguyễn Văn An".length())));
        assertThat(entities).extracting(Entity::text).doesNotContain("Nguyễn Văn An").contains("Lê Thị Hoa");
        List<WordToken> tokens = nlp.segment(TEXT, List.of(new TextSpan(start, start + 3)));
        assertThat(tokens).anyMatch(t -> t.text().equals("ông") && t.kind() == TokenKind.SYMBOL);
    }

    @Test
    void aMissingNerModelIsNamed() throws Exception {
        Path home = FakeVnCoreNlp.install(installations.resolve("no-ner"));
        Files.delete(home.resolve("models/ner/vi-ner.xz"));
        assertThatThrownBy(() -> VnCoreNlp.load(home)).isInstanceOf(VnCoreNlpUnavailableException.class)
                .hasMessage("VnCoreNLP NER model not found in " + home.resolve("models/ner")
                        + " (missing vi-ner.xz)");
    }

    @Test
    void aMissingJarOrFolderIsNamed() throws Exception {
        Path empty = Files.createDirectories(installations.resolve("empty"));
        assertThatThrownBy(() -> VnCoreNlp.load(empty)).isInstanceOf(VnCoreNlpUnavailableException.class)
                .hasMessage("VnCoreNLP jar not found in " + empty + " (expected VnCoreNLP-<version>.jar)");
        assertThatThrownBy(() -> VnCoreNlp.load(installations.resolve("nowhere")))
                .hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> VnCoreNlp.load(null)).hasMessageContaining("--vncorenlp-home");
    }

    @Test
    void aJarWithoutVnCoreNlpsApiIsRejectedInOneLine() throws Exception {
        Path home = FakeVnCoreNlp.install(installations.resolve("wrong-jar"));
        Files.write(home.resolve("VnCoreNLP-1.2.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> VnCoreNlp.load(home)).isInstanceOf(VnCoreNlpUnavailableException.class)
                .hasMessageContaining("does not have the expected API").hasMessageNotContaining("\n");
    }
}
