package org.vanban.corpus.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vanban.Pipeline;
import org.vanban.TextSpan;
import org.vanban.segment.DictionaryWordSegmenter;
import org.vanban.segment.SyllableScanner;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordSegmenter;
import org.vanban.segment.WordToken;
import org.vanban.vncorenlp.AlignedWord;
import org.vanban.vncorenlp.TokenAligner;
import org.vanban.vncorenlp.VnCoreNlpOutput;

/**
 * The built-in segmenter against word segmentations it was not trained on: the real VnCoreNLP output of the five
 * seed documents (shared/vncorenlp), and the hand-segmented development set its thresholds were chosen on. Symbols,
 * dates and numbers are left out of the comparison: vanban keeps them whole by design, VnCoreNLP splits them.
 * The figures go to the test's output file.
 */
class SegmenterAgreementTest {

    static Path shared(String relative) {
        String dir = System.getProperty("vanban.shared.dir");
        assumeTrue(dir != null, "vanban.shared.dir is not set: skipping the comparison with VnCoreNLP");
        Path p = Path.of(dir).resolve(relative);
        assumeTrue(Files.isDirectory(p), p + " is absent: skipping the comparison with VnCoreNLP");
        return p;
    }

    static SegmentationAgreement agreementWithVnCoreNlp(WordSegmenter segmenter) throws Exception {
        Path tsvDir = shared("vncorenlp");
        Path docs = shared("seeds/docs");
        SegmentationAgreement total = SegmentationAgreement.NONE;
        List<Path> files;
        try (Stream<Path> s = Files.list(tsvDir)) {
            files = s.filter(p -> p.toString().endsWith(".wseg.tsv")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        for (Path tsv : files) {
            String base = tsv.getFileName().toString().replace(".wseg.tsv", "");
            String text = Pipeline.defaults().normalizer().normalize(Files.readString(docs.resolve(base + ".txt")))
                    .text();
            List<TextSpan> symbols = new SyllableScanner().segment(text).stream()
                    .filter(t -> t.kind() == TokenKind.SYMBOL || t.kind() == TokenKind.NUMBER)
                    .map(t -> new TextSpan(t.start(), t.end())).toList();
            List<TextSpan> reference = new ArrayList<>();
            for (AlignedWord a : TokenAligner.align(text, VnCoreNlpOutput.read(tsv).words())) {
                reference.add(new TextSpan(a.start(), a.end()));
            }
            List<TextSpan> candidate = segmenter.segment(text).stream().map(t -> new TextSpan(t.start(), t.end()))
                    .toList();
            total = total.plus(SegmentationAgreement.compare(text, outside(reference, symbols),
                    outside(candidate, symbols)));
        }
        return total;
    }

    static List<TextSpan> outside(List<TextSpan> spans, List<TextSpan> symbols) {
        return spans.stream().filter(s -> symbols.stream().noneMatch(s::overlaps)).toList();
    }

    @Test
    void builtInSegmenterAgreesWithVnCoreNlpOnTheSeeds() throws Exception {
        SegmentationAgreement builtIn = agreementWithVnCoreNlp(new DictionaryWordSegmenter());
        SegmentationAgreement syllables = agreementWithVnCoreNlp(new SyllableScanner());
        System.out.println("seeds vs VnCoreNLP, built-in segmenter: " + builtIn.summary());
        System.out.println("seeds vs VnCoreNLP, syllable baseline:  " + syllables.summary());
        assertThat(builtIn.wordsReference()).isGreaterThan(7500);
        assertThat(builtIn.wordF1()).isGreaterThan(syllables.wordF1() + 0.2);
        assertThat(builtIn.wordF1()).isGreaterThan(0.8);
        assertThat(builtIn.joinF1()).isGreaterThan(0.85);
    }

    @Test
    void builtInSegmenterOnTheDevelopmentSet() throws Exception {
        Path dev = Path.of(SegmenterAgreementTest.class.getResource("dev-segmented.txt").toURI());
        SegmentedText text = SegmentedText.read(dev);
        List<TextSpan> candidate = new DictionaryWordSegmenter().segment(text.text()).stream()
                .map(t -> new TextSpan(t.start(), t.end())).toList();
        SegmentationAgreement score = SegmentationAgreement.compare(text.text(), text.words(), candidate);
        System.out.println(String.format(Locale.ROOT, "development set (%d words): %s", text.words().size(),
                score.summary()));
        // The thresholds were chosen on this set: a floor against regressions, not a measure of accuracy.
        assertThat(score.wordF1()).isGreaterThan(0.9);
    }

    /** Real, dirty text (every tenth document of the real corpus): tokens are exact, ordered and cover it. */
    @Test
    void realCorpusDocumentsSegmentCleanly() throws Exception {
        Path docs = shared("real-corpus/docs");
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.sorted().toList();
        }
        DictionaryWordSegmenter segmenter = new DictionaryWordSegmenter();
        int tokens = 0;
        for (int i = 0; i < files.size(); i += 10) {
            String text = Pipeline.defaults().normalizer().normalize(Files.readString(files.get(i))).text();
            int end = 0;
            int covered = 0;
            for (WordToken t : segmenter.segment(text)) {
                assertThat(t.start()).as(files.get(i).toString()).isGreaterThanOrEqualTo(end);
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                end = t.end();
                covered += t.text().codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                        .count();
                tokens++;
            }
            long nonSpace = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && c != 0xFEFF).count();
            assertThat(covered).as(files.get(i).toString()).isEqualTo((int) nonSpace);
        }
        assertThat(tokens).isGreaterThan(100_000);
    }

    @Test
    void agreementCountsWordsAndJoins() {
        String text = "công tác dân vận";
        SegmentationAgreement a = SegmentationAgreement.compare(text,
                List.of(new TextSpan(0, 8), new TextSpan(9, 16)),
                List.of(new TextSpan(0, 8), new TextSpan(9, 12), new TextSpan(13, 16)));
        assertThat(a.wordsBoth()).isEqualTo(1);
        assertThat(a.wordPrecision()).isEqualTo(1.0 / 3);
        assertThat(a.wordRecall()).isEqualTo(0.5);
        assertThat(a.joinPrecision()).isEqualTo(1.0);
        assertThat(a.joinRecall()).isEqualTo(0.5);
    }
}
