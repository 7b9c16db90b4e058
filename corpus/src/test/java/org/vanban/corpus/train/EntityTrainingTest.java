package org.vanban.corpus.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.vanban.corpus.models.EntityModels;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityKind;
import org.vanban.entity.OpenNlpEntityTagger;

class EntityTrainingTest {

    @Test
    void sentencesParseOntoTokenBoundaries() throws IOException {
        List<EntitySentences.Sentence> all = TrainEntityModel.sentences();
        assertThat(all).hasSizeGreaterThan(150);
        for (EntitySentences.Sentence s : all) {
            NameSample sample = EntitySentences.toSample(s);
            assertThat(sample.getNames()).hasSameSizeAs(s.entities());
        }
        EntitySentences.Sentence s = EntitySentences.parse(
                "Giao đồng chí <START:person> Lê Văn An <END> , <START:role> Phó Hiệu trưởng <END> .", 1);
        assertThat(s.text()).isEqualTo("Giao đồng chí Lê Văn An , Phó Hiệu trưởng .");
        assertThat(s.entities()).extracting(EntitySentences.Annotated::type).containsExactly("person", "role");
        assertThat(s.text().substring(s.entities().get(0).start(), s.entities().get(0).end())).isEqualTo("Lê Văn An");
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        List<EntitySentences.Sentence> some = TrainEntityModel.sentences().subList(0, 60);
        TokenNameFinderModel a = TrainEntityModel.train(some);
        TokenNameFinderModel b = TrainEntityModel.train(some);
        String[] tokens = {"Giao", "đồng", "chí", "Trần", "Văn", "Bình", ",", "Phó", "Hiệu", "trưởng", ",",
            "phối", "hợp", "với", "Phòng", "Giáo", "dục", "và", "Đào", "tạo", "."};
        assertThat(new NameFinderME(a).find(tokens)).containsExactly(new NameFinderME(b).find(tokens));
        assertThat(serializedWithoutManifest(a)).isEqualTo(serializedWithoutManifest(b));
    }

    @Test
    void theShippedModelLoadsAndTags() {
        OpenNlpEntityTagger tagger = EntityModels.openNlpTagger();
        List<Entity> es = tagger.tag("Giao đồng chí Nguyễn Văn Hùng, Phó Hiệu trưởng, phụ trách công tác dân vận.",
                List.of());
        assertThat(es).extracting(Entity::kind).contains(EntityKind.PERSON);
        for (Entity e : es) {
            assertThat(e.text()).isNotBlank();
        }
    }

    @Test
    void scoringCountsExactSpansAndKinds() {
        List<EntitySentences.Sentence> gold = List.of(EntitySentences.parse(
                "<START:organization> Sở Nội vụ <END> hướng dẫn các xã .", 1));
        TrainEntityModel.Prf rules = TrainEntityModel.score(new org.vanban.entity.RuleEntityTagger(), gold);
        assertThat(rules.tp()).isEqualTo(1);
        assertThat(rules.fp()).isZero();
        assertThat(rules.f1()).isEqualTo(1.0);
    }

    /** The model's bytes apart from the manifest, whose training timestamp differs from run to run. */
    private static String serializedWithoutManifest(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        StringBuilder out = new StringBuilder();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().equals("manifest.properties")) {
                    out.append(e.getName()).append(':').append(java.util.Arrays.hashCode(zip.readAllBytes()))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
