package org.vanban.vncorenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vanban.Pipeline;
import org.vanban.SharedData;
import org.vanban.normalize.Diacritics;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordToken;

/** The real VnCoreNLP word segmentation of the five seed documents, aligned to vanban's normalised text. */
class SeedAlignmentTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SeedAlignmentTest.class);

    record Seed(String name, String text, VnCoreNlpOutput output) {
    }

    static List<Seed> seeds() throws Exception {
        Path vncorenlp = SharedData.dir("vncorenlp");
        Path docs = SharedData.dir("seeds/docs");
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(vncorenlp)) {
            for (Path tsv : files.filter(p -> p.toString().endsWith(".wseg.tsv")).sorted().toList()) {
                String base = tsv.getFileName().toString().replace(".wseg.tsv", "");
                String raw = Files.readString(docs.resolve(base + ".txt"));
                String text = Pipeline.defaults().normalizer().normalize(raw).text();
                seeds.add(new Seed(base, text, VnCoreNlpOutput.read(tsv)));
            }
        }
        assertThat(seeds).hasSize(5);
        return seeds;
    }

    /** Diacritics folded, white space and VnCoreNLP's "_" joins removed. */
    static String folded(String s) {
        return Diacritics.fold(s).replaceAll("[\\s\\u00A0_]+", "");
    }

    @Test
    void everyTokenMapsToASpanWithTheSameFoldedForm() throws Exception {
        int total = 0;
        int matched = 0;
        for (Seed seed : seeds()) {
            List<VnCoreNlpWord> words = seed.output().words();
            List<AlignedWord> aligned = TokenAligner.align(seed.text(), words);
            assertThat(aligned).hasSameSizeAs(words);
            int previousEnd = 0;
            for (AlignedWord a : aligned) {
                total++;
                assertThat(a.aligned()).as("%s: %s", seed.name(), a.word()).isTrue();
                assertThat(a.start()).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = a.end();
                String span = seed.text().substring(a.start(), a.end());
                assertThat(folded(span)).as("%s: %s", seed.name(), a.word()).isEqualTo(folded(a.word().form()));
                matched++;
            }
        }
        LOG.info("alignment: {} of {} VnCoreNLP tokens of the five seeds map to a span with the same folded form",
                matched, total);
        assertThat(total).isEqualTo(10_610);
        assertThat(matched).isEqualTo(total);
    }

    @Test
    void toneMarkRewritingAndJoinsAreAligned() throws Exception {
        Seed seed = seeds().get(0);
        List<AlignedWord> aligned = TokenAligner.align(seed.text(), seed.output().words());
        AlignedWord tinhUy = aligned.stream().filter(a -> a.word().form().equals("tỉnh_uỷ")).findFirst().orElseThrow();
        assertThat(seed.text().substring(tinhUy.start(), tinhUy.end())).isEqualTo("tỉnh ủy");
        AlignedWord banChapHanh = aligned.stream().filter(a -> a.word().form().equals("Ban_Chấp_hành"))
                .findFirst().orElseThrow();
        assertThat(seed.text().substring(banChapHanh.start(), banChapHanh.end())).isEqualTo("Ban Chấp hành");
    }

    @Test
    void asASegmenterTheOutputKeepsSymbolsWholeAndCoversTheText() throws Exception {
        List<Seed> seeds = seeds();
        List<VnCoreNlpOutput> outputs = seeds.stream().map(Seed::output).toList();
        VnCoreNlp nlp = VnCoreNlp.fromOutputs(outputs);
        for (Seed seed : seeds) {
            List<WordToken> tokens = nlp.segment(seed.text());
            assertThat(nlp.lastAlignmentRate()).isEqualTo(1.0);
            StringBuilder nonSpace = new StringBuilder();
            int end = 0;
            for (WordToken t : tokens) {
                assertThat(t.start()).isGreaterThanOrEqualTo(end);
                end = t.end();
                nonSpace.append(t.text().replaceAll("[\\s\\u00A0]+", ""));
            }
            assertThat(nonSpace.toString()).isEqualTo(seed.text().replaceAll("[\\s\\u00A0]+", ""));
            // VnCoreNLP split "08-NQ/TU" into five tokens; here it is one.
            if (seed.text().contains("08-NQ/TU")) {
                assertThat(tokens).anyMatch(t -> t.text().equals("08-NQ/TU") && t.kind() == TokenKind.SYMBOL);
                assertThat(tokens).noneMatch(t -> t.text().equals("NQ"));
            }
        }
    }
}
