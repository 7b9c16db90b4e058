package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.Pipeline;
import org.vanban.index.DocumentIndex;
import org.vanban.index.FolderIndexer;
import org.vanban.index.IndexFailure;
import org.vanban.index.IndexProgress;
import org.vanban.index.IndexRunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban index}: bring a search index up to date with folders of documents. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Analyse documents and add them to a Lucene index (created when absent).",
            "Folders are walked for DOCX, DOC, ODT, RTF, PDF, HTML, TXT and MD files; unchanged files (same SHA-256) "
                    + "are skipped, changed ones replaced; with --prune, documents whose file is gone are removed. "
                    + "The index is committed as it goes: a run that is killed keeps what it committed, and running "
                    + "the same command again completes it. Searching works while indexing runs.",
            "Exit code 0 when every file was indexed, 2 when any failed (listed at the end as <file>: <problem>)."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    private Path indexDir;

    @Option(names = "--prune", description = "Remove documents whose file, under the given folders, is gone.")
    private boolean prune;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads. Default: one per core (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
            description = "Commit after this many new or changed documents. Default: ${DEFAULT-VALUE}.")
    private int commitEvery;

    @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "10",
            description = "Commit at least this often while indexing. Default: ${DEFAULT-VALUE}.")
    private int commitSeconds;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to index.")
    private List<Path> paths;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || commitEvery < 1 || commitSeconds < 1) {
            err.println("vanban index: --threads, --commit-every and --commit-seconds must be positive");
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        FolderIndexer.Options options = FolderIndexer.Options.defaults().withThreads(threads).withPrune(prune)
                .withCommits(commitEvery, Duration.ofSeconds(commitSeconds));
        ProgressDisplay progress = new ProgressDisplay(err, System.console() != null);
        IndexRunReport report;
        try (DocumentIndex index = DocumentIndex.open(indexDir)) {
            report = new FolderIndexer(Pipeline.defaults(), options).run(index, paths, progress);
        } catch (IOException e) {
            progress.clear();
            err.println(e.getMessage() != null ? e.getMessage() : indexDir + ": " + e);
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        progress.clear();
        for (IndexFailure f : report.failures()) {
            err.println(f);
        }
        out.printf(Locale.ROOT, "%d files: %d added, %d updated, %d unchanged, %d removed, %d failed in %.1f s%n",
                report.found(), report.added(), report.updated(), report.unchanged(), report.deleted(),
                report.failures().size(), report.elapsed().toMillis() / 1000.0);
        return report.failures().isEmpty() ? 0 : VanbanCli.EXIT_INPUT_ERROR;
    }

    /** A progress bar redrawn in place on a terminal; a plain line every few seconds otherwise. */
    static final class ProgressDisplay implements FolderIndexer.Listener {
        private static final int BAR = 30;
        private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

        private final PrintWriter err;
        private final boolean terminal;
        private long lastPlain = System.nanoTime();
        private boolean drawn;

        ProgressDisplay(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void progress(IndexProgress p) {
            if (terminal) {
                int filled = p.total() == 0 ? BAR : (int) ((long) BAR * p.done() / p.total());
                err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + describe(p) + "   ");
                err.flush();
                drawn = true;
            } else if (System.nanoTime() - lastPlain >= PLAIN_EVERY_NANOS && p.done() < p.total()) {
                err.println("indexing: " + describe(p));
                lastPlain = System.nanoTime();
            }
        }

        void clear() {
            if (drawn) {
                err.println();
                drawn = false;
            }
        }

        static String describe(IndexProgress p) {
            double seconds = Math.max(p.elapsed().toNanos() / 1e9, 1e-9);
            Duration eta = p.eta();
            return String.format(Locale.ROOT, "%d/%d files (%d%%), %.1f files/s, %.1f MB/s, ETA %s", p.done(),
                    p.total(), p.total() == 0 ? 100 : 100L * p.done() / p.total(), p.filesPerSecond(),
                    p.bytes() / 1e6 / seconds, eta == null ? "?" : formatDuration(eta));
        }

        static String formatDuration(Duration d) {
            long s = d.toSeconds();
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
