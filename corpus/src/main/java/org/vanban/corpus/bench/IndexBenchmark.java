package org.vanban.corpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;
import org.vanban.corpus.generate.DocumentGenerator;
import org.vanban.corpus.generate.GeneratedDocument;
import org.vanban.index.DocumentIndex;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.search.DocumentSearcher;
import org.vanban.search.SearchQuery;

/**
 * Indexing rate and search latency of the vanban index over generated documents, side by side with plain Lucene.
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -Xmx4g -cp cli/target/vanban.jar org.vanban.corpus.bench.IndexBenchmark \
 *     --docs 100000 --threads 2 --seed 42 --dir /tmp/vanban-bench [--queries 1000] [--pipeline-docs 20000]
 * java -cp cli/target/vanban.jar org.vanban.corpus.bench.IndexBenchmark --dir /tmp/vanban-bench --search-only
 * </pre>
 *
 * <p>Documents come from {@link DocumentGenerator} in batches; generating a batch is not timed. Each batch is then
 * indexed, timed, twice in the same run on the same threads: (1) by {@link DocumentIndex#put} from the
 * generator's ground-truth {@link AnalyzedDocument} (vanban schema: Vietnamese analysis of the text in three forms,
 * citations, facets, stored JSON; no analysis pipeline), (2) by a plain Lucene {@link IndexWriter} with
 * {@link StandardAnalyzer} and one stored text field. Both include the final commit. With {@code --pipeline-docs},
 * a third pass times {@link Pipeline#analyzeText} plus {@code put} for that many documents (the pipeline as it
 * stands in this build). Search latency is measured on one thread over the vanban index, each query returning 10
 * hits with snippets and facets, as {@code vanban search} does.
 */
public final class IndexBenchmark {

    private int docs = 100_000;
    private int threads = 2;
    private long seed = 42;
    private Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vanban-bench");
    private int batch = 2_000;
    private int queries = 1_000;
    private int pipelineDocs;
    private boolean searchOnly;

    public static void main(String[] args) throws Exception {
        IndexBenchmark b = new IndexBenchmark();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--docs" -> b.docs = Integer.parseInt(value);
                case "--threads" -> b.threads = Integer.parseInt(value);
                case "--seed" -> b.seed = Long.parseLong(value);
                case "--dir" -> b.dir = Path.of(value);
                case "--batch" -> b.batch = Integer.parseInt(value);
                case "--queries" -> b.queries = Integer.parseInt(value);
                case "--pipeline-docs" -> b.pipelineDocs = Integer.parseInt(value);
                case "--search-only" -> {
                    b.searchOnly = true; // measure searches over the index a previous run left in --dir
                    i--;
                }
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        b.run();
    }

    private void run() throws Exception {
        if (searchOnly) {
            searchLatency(dir.resolve("vanban"), new DocumentGenerator(seed));
            return;
        }
        Path vanbanDir = fresh(dir.resolve("vanban"));
        Path standardDir = fresh(dir.resolve("standard"));
        DocumentGenerator generator = new DocumentGenerator(seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        System.out.printf(Locale.ROOT, "vanban index benchmark: %d generated documents (seed %d), %d threads, "
                + "%d cores, Java %s, max heap %d MB%n", docs, seed, threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        long bytes = 0;
        long vanbanNanos = 0;
        long standardNanos = 0;
        long vanbanCpu = 0;
        long standardCpu = 0;
        try (DocumentIndex vanban = DocumentIndex.open(vanbanDir, new VietnameseNormalizer(), 128);
             FSDirectory standardDirectory = FSDirectory.open(standardDir);
             IndexWriter standard = new IndexWriter(standardDirectory,
                     new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(128))) {
            for (int from = 0; from < docs; from += batch) {
                List<GeneratedDocument> docsOfBatch = generate(pool, generator, from, Math.min(docs, from + batch));
                for (GeneratedDocument d : docsOfBatch) {
                    bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
                }
                takeCpu();
                long t0 = System.nanoTime();
                parallel(pool, docsOfBatch, d -> vanban.put(d.truth(), Integer.toHexString(d.text().hashCode())));
                long t1 = System.nanoTime();
                vanbanCpu += takeCpu();
                parallel(pool, docsOfBatch, d -> standard.addDocument(plain(d)));
                long t2 = System.nanoTime();
                standardCpu += takeCpu();
                vanbanNanos += t1 - t0;
                standardNanos += t2 - t1;
                if ((from / batch) % 10 == 0) {
                    System.out.printf(Locale.ROOT, "  indexed %d/%d%n", from + docsOfBatch.size(), docs);
                }
            }
            long t0 = System.nanoTime();
            vanban.commit();
            long t1 = System.nanoTime();
            standard.commit();
            long t2 = System.nanoTime();
            vanbanNanos += t1 - t0;
            standardNanos += t2 - t1;
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB of UTF-8 text (%.1f KB a document)%n", docs,
                bytes / 1e6, bytes / 1e3 / docs);
        System.out.printf(Locale.ROOT, "%-44s %10s %8s %9s %12s %10s%n", "indexing (incl. final commit)", "docs/s",
                "MB/s", "seconds", "CPU ms/doc", "index MB");
        row("vanban schema, from AnalyzedDocument", docs, bytes, vanbanNanos, vanbanCpu, size(vanbanDir));
        row("plain Lucene StandardAnalyzer, text only", docs, bytes, standardNanos, standardCpu, size(standardDir));

        if (pipelineDocs > 0) {
            timePipeline(pool, generator, fresh(dir.resolve("pipeline")));
        }
        pool.shutdown();
        searchLatency(vanbanDir, generator);
    }

    private void timePipeline(ExecutorService pool, DocumentGenerator generator, Path pipelineDir) throws Exception {
        Pipeline pipeline = Pipeline.defaults();
        long bytes = 0;
        long nanos = 0;
        long cpu = 0;
        try (DocumentIndex index = DocumentIndex.open(pipelineDir, new VietnameseNormalizer(), 128)) {
            for (int from = 0; from < pipelineDocs; from += batch) {
                List<GeneratedDocument> docsOfBatch =
                        generate(pool, generator, from, Math.min(pipelineDocs, from + batch));
                for (GeneratedDocument d : docsOfBatch) {
                    bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
                }
                takeCpu();
                long t0 = System.nanoTime();
                parallel(pool, docsOfBatch, d -> index.put(pipeline.analyzeText(d.text(), d.name()), "-"));
                nanos += System.nanoTime() - t0;
                cpu += takeCpu();
            }
            long t0 = System.nanoTime();
            index.commit();
            nanos += System.nanoTime() - t0;
        }
        row("Pipeline.analyzeText + vanban schema", pipelineDocs, bytes, nanos, cpu, size(pipelineDir));
    }

    private void searchLatency(Path vanbanDir, DocumentGenerator generator) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> keys = generator.citedKeys();
        List<String> topics = generator.topics();
        try (DocumentSearcher searcher = DocumentSearcher.open(vanbanDir)) {
            List<SearchQuery> legal = new ArrayList<>();
            List<SearchQuery> text = new ArrayList<>();
            List<SearchQuery> combined = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                legal.add(SearchQuery.builder().cites(cited(rnd, keys)).build());
                text.add(SearchQuery.builder().text(words(rnd, topics)).build());
                int year = 2016 + rnd.nextInt(10);
                combined.add(SearchQuery.builder().text(words(rnd, topics)).cites(cited(rnd, keys))
                        .type(rnd.nextBoolean() ? "KH" : "BC")
                        .issued(LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31)).build());
            }
            for (int i = 0; i < Math.min(300, queries); i++) { // warm up
                searcher.search(legal.get(i));
                searcher.search(text.get(i));
                searcher.search(combined.get(i));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "%-62s %8s %8s %8s %10s%n",
                    "search latency, 1 thread, 10 hits + snippets + 4 facets", "p50 ms", "p99 ms", "mean ms", "mean hits");
            latency(searcher, "legal basis (--cites KEY, any year or one)", legal);
            latency(searcher, "text (2-3 syllables, half without diacritics)", text);
            latency(searcher, "combined (text + --cites + --type + 3-year range)", combined);
            latency(searcher, "text again, without facets (--facets 0)",
                    text.stream().map(q -> SearchQuery.builder().text(q.text()).facetLimit(0).build()).toList());
            long t0 = System.nanoTime();
            int top = searcher.topCited(SearchQuery.builder().build(), 10).size();
            System.out.printf(Locale.ROOT, "%-62s %8.2f (one call, %d instruments)%n", "top-cited over all documents",
                    (System.nanoTime() - t0) / 1e6, top);
        }
    }

    private static String cited(SplittableRandom rnd, List<String> keys) {
        String key = keys.get(rnd.nextInt(keys.size()));
        return rnd.nextBoolean() ? key : key.substring(0, key.indexOf('@') < 0 ? key.length() : key.indexOf('@'));
    }

    private static String words(SplittableRandom rnd, List<String> topics) {
        String[] syllables = topics.get(rnd.nextInt(topics.size())).replace(",", "").split(" ");
        int n = Math.min(syllables.length, 2 + rnd.nextInt(2));
        int start = rnd.nextInt(syllables.length - n + 1);
        String phrase = String.join(" ", Arrays.copyOfRange(syllables, start, start + n));
        return rnd.nextBoolean() ? org.vanban.normalize.Diacritics.fold(phrase) : phrase;
    }

    private static void latency(DocumentSearcher searcher, String label, List<SearchQuery> qs) throws IOException {
        long[] nanos = new long[qs.size()];
        long hits = 0;
        for (int i = 0; i < qs.size(); i++) {
            long t0 = System.nanoTime();
            hits += searcher.search(qs.get(i)).totalHits();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-62s %8.2f %8.2f %8.2f %10.0f%n", label, nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6, mean / 1e6,
                (double) hits / qs.size());
    }

    /** One line of the indexing table; CPU is that of the indexing threads, without the final commit. */
    private static void row(String label, int n, long bytes, long nanos, long cpuNanos, long indexBytes) {
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-44s %10.0f %8.2f %9.1f %12.3f %10.1f%n", label, n / s, bytes / 1e6 / s, s,
                cpuNanos / 1e6 / n, indexBytes / 1e6);
    }

    private static Document plain(GeneratedDocument d) {
        Document doc = new Document();
        doc.add(new StringField("source", d.name(), Field.Store.YES));
        doc.add(new TextField("text", d.text(), Field.Store.YES));
        return doc;
    }

    private List<GeneratedDocument> generate(ExecutorService pool, DocumentGenerator generator, int from, int to)
            throws Exception {
        List<Future<GeneratedDocument>> futures = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            long index = i;
            futures.add(pool.submit(() -> generator.generate(index)));
        }
        List<GeneratedDocument> out = new ArrayList<>(futures.size());
        for (Future<GeneratedDocument> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    /** CPU time of the worker threads in {@link #parallel} since the last {@link #takeCpu}. */
    private final java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();

    private long takeCpu() {
        return cpuNanos.getAndSet(0);
    }

    private interface IndexAction {
        void apply(GeneratedDocument d) throws IOException;
    }

    /** Runs {@code action} over the batch on the pool's threads, each thread taking every n-th document. */
    private void parallel(ExecutorService pool, List<GeneratedDocument> batchDocs, IndexAction action)
            throws Exception {
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                for (int i = first; i < batchDocs.size(); i += threads) {
                    action.apply(batchDocs.get(i));
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                return null;
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
    }

    private static Path fresh(Path p) throws IOException {
        if (Files.exists(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            }
        }
        return Files.createDirectories(p);
    }

    private static long size(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
