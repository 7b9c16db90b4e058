package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.Pipeline;
import org.vanban.search.DocumentSearcher;
import org.vanban.search.SearchHit;
import org.vanban.search.SearchQuery;

class FolderIndexerTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve("docs").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private IndexRunReport run(boolean prune, Path... paths) throws Exception {
        try (DocumentIndex index = DocumentIndex.open(tmp.resolve("index"))) {
            return new FolderIndexer(Pipeline.defaults(), FolderIndexer.Options.defaults().withThreads(2)
                    .withPrune(prune)).run(index, List.of(paths), FolderIndexer.Listener.NONE);
        }
    }

    private List<String> search(String words) throws IOException {
        try (DocumentSearcher s = DocumentSearcher.open(tmp.resolve("index"))) {
            return s.search(SearchQuery.builder().text(words).build()).hits().stream().map(SearchHit::source)
                    .map(p -> Path.of(p).getFileName().toString()).toList();
        }
    }

    @Test
    void indexesThenSkipsUnchangedUpdatesChangedAndPrunesDeleted() throws Exception {
        write("a.txt", "Kế hoạch thực hiện dân chủ ở cơ sở");
        Path b = write("sub/b.md", "Báo cáo kết quả công tác văn thư");
        Path c = write("c.txt", "Kế hoạch tổ chức hội thi cắm hoa");
        write("ignored.bin", "not a document");
        write(".hidden/d.txt", "hidden folder");

        IndexRunReport first = run(false, tmp.resolve("docs"));
        assertThat(first.found()).isEqualTo(3);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.failures()).isEmpty();

        IndexRunReport again = run(false, tmp.resolve("docs"));
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.added() + again.updated()).isZero();

        Files.writeString(b, "Báo cáo kết quả công tác lưu trữ", StandardCharsets.UTF_8);
        Files.delete(c);
        IndexRunReport changed = run(false, tmp.resolve("docs"));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(changed.deleted()).isZero();
        assertThat(search("luu tru")).containsExactly("b.md");
        assertThat(search("van thu")).isEmpty();
        assertThat(search("cam hoa")).containsExactly("c.txt"); // still there: no --prune

        IndexRunReport pruned = run(true, tmp.resolve("docs"));
        assertThat(pruned.deleted()).isEqualTo(1);
        assertThat(search("cam hoa")).isEmpty();
        assertThat(search("ke hoach")).containsExactly("a.txt");
    }

    @Test
    void pruneOnlyTouchesTheFoldersGiven() throws Exception {
        write("x/one.txt", "văn bản một");
        write("y/two.txt", "văn bản hai");
        run(false, tmp.resolve("docs/x"), tmp.resolve("docs/y"));
        IndexRunReport onlyX = run(true, tmp.resolve("docs/x"));
        assertThat(onlyX.deleted()).isZero();
        assertThat(search("van ban")).containsExactlyInAnyOrder("one.txt", "two.txt");
    }

    @Test
    void failedFilesAreListedAndTheRunGoesOn() throws Exception {
        write("good.txt", "Kế hoạch hoạt động");
        write("empty.txt", "");
        IndexRunReport report = run(false, tmp.resolve("docs"), tmp.resolve("missing"));
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failures()).extracting(IndexFailure::toString).containsExactlyInAnyOrder(
                tmp.resolve("docs/empty.txt").toAbsolutePath() + ": file is empty",
                tmp.resolve("missing") + ": file or folder not found");
    }

    @Test
    void searchersInOtherThreadsSeeEachCommitWhileIndexingGoesOn() throws Exception {
        for (int i = 0; i < 40; i++) {
            write("doc" + i + ".txt", "Kế hoạch số " + i);
        }
        List<Integer> seen = new ArrayList<>();
        try (DocumentIndex index = DocumentIndex.open(tmp.resolve("index"));
             DocumentSearcher reader = DocumentSearcher.open(tmp.resolve("index"))) {
            assertThat(reader.count()).isZero(); // the folder opens for reading at once
            new FolderIndexer(SlowPipelines.taking(15), FolderIndexer.Options.defaults().withThreads(2)
                    .withCommits(10, java.time.Duration.ofMinutes(1)))
                    .run(index, List.of(tmp.resolve("docs")), new FolderIndexer.Listener() {
                        @Override
                        public void committed(IndexProgress progress) {
                            try {
                                seen.add(reader.count());
                            } catch (IOException e) {
                                throw new AssertionError(e);
                            }
                        }
                    });
            assertThat(reader.count()).isEqualTo(40);
        }
        assertThat(seen).isSorted().last().isEqualTo(40);
        assertThat(seen.size()).isGreaterThanOrEqualTo(2);
    }
}
