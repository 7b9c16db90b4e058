package org.vanban.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.vanban.Pipeline;

/**
 * An indexing run in its own JVM, for {@link KillDuringIndexingTest}: indexes a folder, printing
 * "committed N" after each commit, with analysis slowed down so that the test can kill it mid-run.
 *
 * <p>Arguments: index folder, documents folder, commit every N documents, milliseconds of analysis per document.
 */
public final class IndexingProcess {

    private IndexingProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path indexDir = Path.of(args[0]);
        Path docs = Path.of(args[1]);
        int commitEvery = Integer.parseInt(args[2]);
        long delayMillis = Long.parseLong(args[3]);
        Pipeline pipeline = SlowPipelines.taking(delayMillis);
        FolderIndexer indexer = new FolderIndexer(pipeline,
                FolderIndexer.Options.defaults().withThreads(2).withCommits(commitEvery, Duration.ofMinutes(5)));
        try (DocumentIndex index = DocumentIndex.open(indexDir)) {
            indexer.run(index, List.of(docs), new FolderIndexer.Listener() {
                @Override
                public void committed(IndexProgress progress) {
                    System.out.println("committed " + progress.committed());
                    System.out.flush();
                }
            });
        }
        System.out.println("finished");
    }
}
