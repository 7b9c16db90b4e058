package org.vanban.corpus.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.segment.DictionaryWordSegmenter;
import org.vanban.segment.SyllableScanner;

/**
 * Throughput of the built-in word segmenter (and of the syllable scan it starts with) on real text: every
 * document of a folder, normalised, segmented once per operation. Run from the repository root:
 * <pre>java -cp … org.openjdk.jmh.Main SegmenterBenchmark -p docs=../shared/real-corpus/docs</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SegmenterBenchmark {

    @Param("../shared/real-corpus/docs")
    public String docs;

    private List<String> texts;
    private final DictionaryWordSegmenter segmenter = new DictionaryWordSegmenter();
    private final SyllableScanner scanner = new SyllableScanner();

    @Setup
    public void read() throws IOException {
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(docs))) {
            for (Path f : files.sorted().toList()) {
                texts.add(normalizer.normalize(Files.readString(f)).text());
            }
        }
    }

    @Benchmark
    public int dictionarySegmenter() {
        int n = 0;
        for (String t : texts) {
            n += segmenter.segment(t).size();
        }
        return n;
    }

    @Benchmark
    public int syllableScan() {
        int n = 0;
        for (String t : texts) {
            n += scanner.segment(t).size();
        }
        return n;
    }
}
