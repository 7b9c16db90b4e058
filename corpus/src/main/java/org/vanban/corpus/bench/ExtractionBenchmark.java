package org.vanban.corpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vanban.TextSpan;
import org.vanban.assign.RuleAssignmentExtractor;
import org.vanban.cite.Citation;
import org.vanban.cite.RuleCitationExtractor;
import org.vanban.deadline.RuleDeadlineExtractor;
import org.vanban.entity.Entity;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.RuleStructureParser;

/**
 * Throughput of the extraction stages this package family owns — entity tagging, deadlines, assignments — on
 * normalised text whose structure and citations were found once, in setup. One operation runs the three stages on
 * one document, taking the documents in turn; the counter {@code bytes} reports UTF-8 bytes per second.
 *
 * <pre>
 *   mvn -q -B package -DskipTests
 *   java -cp cli/target/vanban.jar org.openjdk.jmh.Main ExtractionBenchmark -t 1
 *   java -cp cli/target/vanban.jar org.openjdk.jmh.Main ExtractionBenchmark -p corpus=/path/to/texts
 * </pre>
 * {@code corpus}: a directory of {@code .md}/{@code .txt} files; when empty, {@code ../shared/real-corpus/docs} if
 * it is there, else {@code corpus/samples/docs}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

    @Param("")
    public String corpus;

    private final RuleEntityTagger entities = new RuleEntityTagger();
    private final RuleDeadlineExtractor deadlines = new RuleDeadlineExtractor();
    private final RuleAssignmentExtractor assignments = new RuleAssignmentExtractor();
    private final List<Prepared> docs = new ArrayList<>();

    private record Prepared(String text, DocumentStructure structure, List<Citation> citations,
            List<TextSpan> spans, long bytes) {
    }

    /** Per-thread position and counters. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir;
        if (!corpus.isEmpty()) {
            dir = Path.of(corpus);
        } else if (Files.isDirectory(BenchmarkTexts.REAL_CORPUS)) {
            dir = BenchmarkTexts.REAL_CORPUS;
        } else {
            dir = Path.of("corpus", "samples", "docs");
        }
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        RuleStructureParser parser = new RuleStructureParser();
        RuleCitationExtractor citer = new RuleCitationExtractor();
        long total = 0;
        for (String raw : BenchmarkTexts.read(dir)) {
            String text = normalizer.normalize(raw).text();
            DocumentStructure structure = parser.parse(text);
            List<Citation> citations = citer.extract(text, structure);
            List<TextSpan> spans = citations.stream().map(c -> new TextSpan(c.start(), c.end())).toList();
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            total += bytes;
            docs.add(new Prepared(text, structure, citations, spans, bytes));
        }
        System.out.printf("extraction benchmark: %d texts, %.1f MB from %s%n", docs.size(), total / 1e6, dir);
    }

    @Benchmark
    public int extractOneDocument(Counters c) {
        int i = c.next;
        c.next = i + 1 == docs.size() ? 0 : i + 1;
        Prepared d = docs.get(i);
        List<Entity> es = entities.tag(d.text(), d.spans());
        int n = es.size() + deadlines.extract(d.text(), d.structure(), d.citations()).size()
                + assignments.extract(d.text(), d.structure(), d.citations(), es).size();
        c.bytes += d.bytes();
        return n;
    }
}
