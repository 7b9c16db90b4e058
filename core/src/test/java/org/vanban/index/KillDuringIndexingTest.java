package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.Pipeline;
import org.vanban.search.DocumentSearcher;
import org.vanban.search.SearchQuery;

/** kill -9 in the middle of indexing: the index opens, keeps what was committed, and a re-run completes it. */
class KillDuringIndexingTest {

    private static final int DOCS = 300;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anIndexKilledMidRunOpensKeepsItsCommitsAndIsCompletedByARerun(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < DOCS; i++) {
            Files.writeString(docs.resolve(String.format("kh-%03d.txt", i)),
                    "KẾ HOẠCH số " + i + "\nThực hiện dân chủ ở cơ sở, văn bản thứ " + i + ".\n",
                    StandardCharsets.UTF_8);
        }
        Path indexDir = tmp.resolve("index");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", IndexingProcess.class.getName(),
                indexDir.toString(), docs.toString(), "20", "15")
                .redirectErrorStream(true)
                .start();
        int committedBeforeKill = 0;
        int commits = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (commits < 3 && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committedBeforeKill = Integer.parseInt(line.substring("committed ".length()));
                    commits++;
                }
                assertThat(line).as("the child finished before it could be killed").isNotEqualTo("finished");
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no IndexWriter.close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(commits).as("commits seen before the kill").isEqualTo(3);

        int survived;
        try (DocumentSearcher searcher = DocumentSearcher.open(indexDir)) {
            survived = searcher.count();
            assertThat(survived).isGreaterThanOrEqualTo(committedBeforeKill).isLessThan(DOCS);
            var all = searcher.search(SearchQuery.builder().limit(DOCS).build());
            assertThat(all.hits()).hasSize(survived)
                    .allSatisfy(h -> assertThat(h.document().text()).contains("dân chủ"));
        }

        IndexRunReport rerun;
        try (DocumentIndex index = DocumentIndex.open(indexDir)) {
            rerun = new FolderIndexer(Pipeline.defaults(), FolderIndexer.Options.defaults().withThreads(2))
                    .run(index, List.of(docs), FolderIndexer.Listener.NONE);
        }
        assertThat(rerun.failures()).isEmpty();
        assertThat(rerun.unchanged()).isEqualTo(survived);
        assertThat(rerun.added()).isEqualTo(DOCS - survived);
        try (DocumentSearcher searcher = DocumentSearcher.open(indexDir)) {
            assertThat(searcher.count()).isEqualTo(DOCS);
            assertThat(searcher.search(SearchQuery.builder().text("van ban thu 299").build()).hits())
                    .extracting(h -> Path.of(h.source()).getFileName().toString()).containsExactly("kh-299.txt");
        }
    }
}
