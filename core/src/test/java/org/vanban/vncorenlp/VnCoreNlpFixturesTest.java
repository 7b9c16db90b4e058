package org.vanban.vncorenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityKind;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordToken;

/** VnCoreNLP output with NER columns, read from the project's own fixtures (fixtures/README.md). */
class VnCoreNlpFixturesTest {

    static Path fixtures() throws URISyntaxException {
        return Path.of(VnCoreNlpFixturesTest.class.getResource("fixtures").toURI());
    }

    static String text(String name) throws Exception {
        return Files.readString(fixtures().resolve("docs/" + name + ".txt"));
    }

    static List<String> texts(List<Entity> entities, EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).map(Entity::text).toList();
    }

    @Test
    void personsOrganisationsAndPlacesOfTheSchoolPlan() throws Exception {
        VnCoreNlp nlp = VnCoreNlp.fromTsv(fixtures().resolve("vncorenlp"));
        String text = text("plan-school");
        List<Entity> entities = nlp.tag(text, List.of());
        assertThat(texts(entities, EntityKind.PERSON)).containsExactly("Nguyễn Văn Thành", "Lê Thị Hồng Nhung",
                "Đỗ Thị Lan", "Phạm Minh Quang");
        // The TSV writes "Đảng_uỷ"; the entity is the text's "Đảng ủy".
        assertThat(texts(entities, EntityKind.ORGANIZATION)).contains("TRƯỜNG THCS NGUYỄN TRÃI",
                "Phòng Giáo dục và Đào tạo thành phố Hải Dương", "Ban Chấp hành Công đoàn",
                "Đảng ủy phường Tân Bình", "Chính phủ");
        assertThat(texts(entities, EntityKind.LOCATION)).containsExactly("Hải Dương");
        for (Entity e : entities) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void theSixColumnLayoutAndATextChosenByContent() throws Exception {
        VnCoreNlp nlp = VnCoreNlp.fromTsv(fixtures().resolve("vncorenlp"));
        String text = text("plan-commune");
        List<Entity> entities = nlp.tag(text, List.of());
        assertThat(texts(entities, EntityKind.PERSON)).containsExactly("Trần Đức Mạnh", "Vũ Thị Thanh Hương",
                "Hoàng Văn Tùng");
        assertThat(texts(entities, EntityKind.ORGANIZATION)).contains("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG",
                "Đảng ủy xã Tân Hưng", "Văn phòng Ủy ban nhân dân xã", "Công an xã");
        assertThat(texts(entities, EntityKind.LOCATION)).containsExactly("Tân Hưng", "Đông Hải");
    }

    @Test
    void citationsAreProtected() throws Exception {
        VnCoreNlp nlp = VnCoreNlp.fromTsv(fixtures().resolve("vncorenlp/plan-school.tsv"));
        String text = text("plan-school");
        String citation = "Chỉ thị số 16/CT-TTg ngày 16/05/2016 của Thủ tướng Chính phủ";
        int start = text.indexOf(citation);
        List<TextSpan> protectedSpans = List.of(new TextSpan(start, start + citation.length()));
        assertThat(texts(nlp.tag(text, protectedSpans), EntityKind.ORGANIZATION)).doesNotContain("Chính phủ");
        List<WordToken> tokens = nlp.segment(text, protectedSpans);
        assertThat(tokens).anyMatch(t -> t.text().equals(citation) && t.kind() == TokenKind.SYMBOL);
        // VnCoreNLP's output splits the document's own symbol; the segmentation does not.
        assertThat(nlp.segment(text)).anyMatch(t -> t.text().equals("12/KH-THCSNT") && t.kind() == TokenKind.SYMBOL)
                .anyMatch(t -> t.text().equals("Đảng ủy") && t.kind() == TokenKind.WORD);
    }

    @Test
    void aTextNoOutputMatchesGetsSyllablesAndNoEntities() throws Exception {
        VnCoreNlp nlp = VnCoreNlp.fromTsv(fixtures().resolve("vncorenlp"));
        String other = "Ông Nguyễn Văn Bình chủ trì.";
        assertThat(nlp.tag(other, List.of())).noneMatch(e -> e.kind() == EntityKind.PERSON);
        assertThat(nlp.segment(other)).extracting(WordToken::text).contains("Ông", "Nguyễn", "chủ", ".");
    }
}
