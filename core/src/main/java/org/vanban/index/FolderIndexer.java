package org.vanban.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;
import org.vanban.read.ReadException;

/**
 * Brings an index up to date with folders of documents: new files are analysed and added, changed files (by
 * SHA-256 of their bytes) replaced, unchanged files skipped, and with {@code prune} the documents of files that
 * are gone removed. Files are analysed in parallel ({@link Pipeline} is thread-safe); a file that fails is
 * reported and the run goes on.
 *
 * <p>Durability: the index is committed every {@link Options#commitEvery()} documents or
 * {@link Options#commitInterval()}, whichever comes first, and at the end. A run killed at any point leaves the
 * index as of its last commit; running it again skips what was committed and completes the rest.
 */
public final class FolderIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(FolderIndexer.class);

    /** The extensions indexed when walking a folder (a file named directly is indexed whatever its name). */
    public static final Set<String> DEFAULT_EXTENSIONS =
            Set.of("docx", "doc", "odt", "rtf", "pdf", "html", "htm", "xhtml", "txt", "md");

    /**
     * How to run.
     *
     * @param threads        analysis threads
     * @param prune          remove documents whose file, under one of the given folders, is gone
     * @param commitEvery    commit after this many added or updated documents
     * @param commitInterval commit at least this often while documents are being added
     * @param extensions     file extensions (lower case, no dot) indexed when walking folders
     */
    public record Options(int threads, boolean prune, int commitEvery, Duration commitInterval,
            Set<String> extensions) {

        public Options {
            if (threads < 1 || commitEvery < 1 || commitInterval.isNegative() || commitInterval.isZero()) {
                throw new IllegalArgumentException("threads, commitEvery and commitInterval must be positive");
            }
            extensions = Set.copyOf(extensions);
        }

        /** One thread per core, no pruning, commits every 1000 documents or 10 seconds. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), false, 1000, Duration.ofSeconds(10),
                    DEFAULT_EXTENSIONS);
        }

        public Options withThreads(int n) {
            return new Options(n, prune, commitEvery, commitInterval, extensions);
        }

        public Options withPrune(boolean p) {
            return new Options(threads, p, commitEvery, commitInterval, extensions);
        }

        public Options withCommits(int every, Duration interval) {
            return new Options(threads, prune, every, interval, extensions);
        }
    }

    /** Told how the run goes; called from the thread that called {@link #run}. */
    public interface Listener {
        /** Called about five times a second while files are handled, and once at the end. */
        default void progress(IndexProgress progress) {
        }

        /** Called after each commit. */
        default void committed(IndexProgress progress) {
        }

        Listener NONE = new Listener() {
        };
    }

    private final Pipeline pipeline;
    private final Options options;

    public FolderIndexer(Pipeline pipeline, Options options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Indexes the files and folders {@code paths} into {@code index}. */
    public IndexRunReport run(DocumentIndex index, List<Path> paths, Listener listener)
            throws IOException, InterruptedException {
        long startNanos = System.nanoTime();
        List<IndexFailure> failures = Collections.synchronizedList(new ArrayList<>());
        List<Path> roots = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.exists(abs)) {
                roots.add(abs);
            } else {
                failures.add(new IndexFailure(p, "file or folder not found"));
            }
        }
        List<Path> files = collect(roots, index.directory().toAbsolutePath().normalize(), failures);
        Map<String, String> indexed = index.indexedHashes();

        Run run = new Run(index, indexed, files, failures, startNanos);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "vanban-index");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < options.threads(); i++) {
                workers.execute(run::work);
            }
            workers.shutdown();
            long lastCommit = System.nanoTime();
            int changedAtLastCommit = 0;
            while (!workers.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                listener.progress(run.progress(0));
                int changed = run.changed();
                boolean due = changed - changedAtLastCommit >= options.commitEvery()
                        || (changed > changedAtLastCommit
                            && System.nanoTime() - lastCommit >= options.commitInterval().toNanos());
                if (due) {
                    index.commit();
                    changedAtLastCommit = changed;
                    lastCommit = System.nanoTime();
                    listener.committed(run.progress(changed));
                }
                run.rethrowFatal();
            }
            run.rethrowFatal();
        } finally {
            workers.shutdownNow();
        }

        int deleted = 0;
        if (options.prune()) {
            Set<String> present = new LinkedHashSet<>();
            files.forEach(f -> present.add(f.toString()));
            for (String source : indexed.keySet()) {
                if (!present.contains(source) && underAny(source, roots)) {
                    index.delete(source);
                    deleted++;
                }
            }
        }
        index.commit();
        IndexProgress done = run.progress(run.changed());
        listener.progress(done);
        listener.committed(done);
        List<IndexFailure> sorted = new ArrayList<>(failures);
        sorted.sort((a, b) -> a.file().toString().compareTo(b.file().toString()));
        return new IndexRunReport(files.size(), run.added.get(), run.updated.get(), run.unchanged.get(), deleted,
                sorted, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private List<Path> collect(List<Path> roots, Path indexDir, List<IndexFailure> failures) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden || dir.equals(indexDir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !name.startsWith(".")
                            && options.extensions().contains(extension(name))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new IndexFailure(file, "cannot be listed (" + e.getClass().getSimpleName() + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        List<Path> sorted = new ArrayList<>(files);
        Collections.sort(sorted);
        return sorted;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean underAny(String source, List<Path> roots) {
        Path p = Path.of(source);
        for (Path root : roots) {
            if (p.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** SHA-256 of a file's bytes, in hex. */
    public static String contentHash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                digest.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The state of one run, shared by its worker threads. */
    private final class Run {
        final DocumentIndex index;
        final Map<String, String> indexed;
        final List<Path> files;
        final ConcurrentLinkedQueue<Path> queue;
        final List<IndexFailure> failures;
        final long startNanos;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        volatile IOException fatal;

        Run(DocumentIndex index, Map<String, String> indexed, List<Path> files, List<IndexFailure> failures,
                long startNanos) {
            this.index = index;
            this.indexed = indexed;
            this.files = files;
            this.queue = new ConcurrentLinkedQueue<>(files);
            this.failures = failures;
            this.startNanos = startNanos;
        }

        int changed() {
            return added.get() + updated.get();
        }

        IndexProgress progress(int committed) {
            return new IndexProgress(done.get(), files.size(), bytes.get(), committed,
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }

        void work() {
            Path file;
            while (fatal == null && !Thread.currentThread().isInterrupted() && (file = queue.poll()) != null) {
                try {
                    indexOne(file);
                } catch (IOException e) {
                    // The index itself failed (disk full, closed): stop the run rather than lose documents.
                    fatal = e;
                } catch (RuntimeException e) {
                    // Lucene refused this document (an immense term, too many fields): this file only.
                    LOG.warn("indexing {} failed", file, e);
                    failures.add(new IndexFailure(file, "cannot be indexed (" + e.getMessage() + ")"));
                } finally {
                    done.incrementAndGet();
                }
            }
        }

        private void indexOne(Path file) throws IOException {
            String source = file.toString();
            String hash;
            try {
                hash = contentHash(file);
                bytes.addAndGet(Files.size(file));
            } catch (IOException e) {
                failures.add(new IndexFailure(file, "cannot be read (" + e.getClass().getSimpleName() + ")"));
                return;
            }
            String previous = indexed.get(source);
            if (hash.equals(previous)) {
                unchanged.incrementAndGet();
                return;
            }
            AnalyzedDocument doc;
            try {
                doc = pipeline.analyze(file);
            } catch (ReadException e) {
                failures.add(new IndexFailure(file, e.getMessage()));
                return;
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("analysis of {} failed", file, e);
                failures.add(new IndexFailure(file, "analysis failed (" + e + ")"));
                return;
            }
            index.put(doc, hash);
            (previous == null ? added : updated).incrementAndGet();
        }

        void rethrowFatal() throws IOException {
            if (fatal != null) {
                throw fatal;
            }
        }
    }
}
