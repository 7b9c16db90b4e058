package org.vanban.corpus.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.Pipeline;
import org.vanban.check.Checker;
import org.vanban.check.Finding;
import org.vanban.corpus.registry.DefaultRegistry;
import org.vanban.index.DocumentIndex;
import org.vanban.index.FolderIndexer;
import org.vanban.search.DocumentSearcher;
import org.vanban.search.SearchQuery;
import org.vanban.search.SearchResults;

/** The library example of the README, as written there, on the sample plan it parses. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns(@TempDir Path tmp) throws Exception {
        Path plan = Path.of(System.getProperty("vanban.root.dir", ".."), "corpus", "samples", "docs",
                "ke-hoach-dan-van-2024.txt");
        Path file = Files.copy(plan, tmp.resolve("ke-hoach.txt"));

        Pipeline pipeline = Pipeline.defaults();
        AnalyzedDocument doc = pipeline.analyze(file);
        String json = DocumentJson.toJson(doc, false);

        Checker checker = Checker.of(DefaultRegistry.registry(), DefaultRegistry.units());
        List<Finding> findings = checker.check(doc, LocalDate.of(2026, 1, 1));

        SearchResults hits;
        try (DocumentIndex index = DocumentIndex.open(tmp.resolve("idx"))) {
            index.put(doc, FolderIndexer.contentHash(file));
            index.commit();
            hits = DocumentSearcher.of(index)
                    .search(SearchQuery.builder().text("dân chủ cơ sở").cites("33/CT-TTg").build());
        }

        assertThat(json).contains("\"docType\":\"KẾ HOẠCH\"");
        assertThat(findings).extracting(Finding::code).contains(org.vanban.check.FindingCode.SUPERSEDED);
        assertThat(hits.totalHits()).isEqualTo(1);
    }
}
