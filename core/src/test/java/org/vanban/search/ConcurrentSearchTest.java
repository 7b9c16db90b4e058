package org.vanban.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vanban.search.TestDocuments.doc;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocumentIndex;

class ConcurrentSearchTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneSearcherServesManyThreadsWhileDocumentsArrive(@TempDir Path dir) throws Exception {
        int docs = 200;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (DocumentIndex index = DocumentIndex.open(dir);
             DocumentSearcher searcher = DocumentSearcher.of(index)) {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < docs; i++) {
                    index.put(doc("d" + i).header("KẾ HOẠCH", LocalDate.of(2020 + i % 5, 1, 1), "Sở Nội vụ",
                            "Kế hoạch thứ " + i).cite("Chỉ thị", "33/CTTTg", "33/CT-TTg", 2021, null).build(), "h");
                    if (i % 20 == 0) {
                        index.refresh();
                    }
                }
                index.refresh();
                return null;
            });
            List<Future<Long>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    long last = 0;
                    for (int k = 0; k < 100; k++) {
                        SearchResults res = searcher.search(SearchQuery.builder().text("ke hoach").cites("33/CT-TTg")
                                .build());
                        assertThat(res.totalHits()).isGreaterThanOrEqualTo(last); // documents only arrive
                        assertThat(res.hits()).allSatisfy(h -> assertThat(h.document().text()).contains("Kế hoạch"));
                        last = res.totalHits();
                    }
                    return last;
                }));
            }
            writer.get();
            for (Future<Long> r : readers) {
                assertThat(r.get()).isBetween(0L, (long) docs);
            }
            assertThat(searcher.search(SearchQuery.builder().cites("33/CT-TTg").build()).totalHits())
                    .isEqualTo(docs);
        } finally {
            pool.shutdownNow();
        }
    }
}
