package org.vanban.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;
import org.vanban.assign.Assignment;
import org.vanban.deadline.Deadline;
import org.vanban.entity.Entity;

/**
 * Runs the whole pipeline over the real corpus (shared/real-corpus/docs, 559 texts nobody cleaned): no exception,
 * every surface is the text at its offsets, and a summary (counts, a few examples) in the test output to look at.
 * Skips when the corpus is absent.
 */
class RealCorpusExtractionTest {

    @Test
    void everyRealDocumentIsExtractedWithConsistentOffsets() throws IOException {
        Path docs = Path.of(System.getProperty("vanban.shared.dir", "../shared"), "real-corpus", "docs");
        assumeTrue(Files.isDirectory(docs), "shared/real-corpus/docs not present: " + docs);
        List<Path> files;
        try (var s = Files.list(docs)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Pipeline pipeline = Pipeline.defaults();
        int deadlines = 0;
        int dated = 0;
        int assignments = 0;
        Map<String, Integer> entityKinds = new TreeMap<>();
        StringBuilder examples = new StringBuilder();
        for (Path file : files) {
            String raw = Files.readString(file);
            AnalyzedDocument doc = pipeline.analyzeText(raw, file.getFileName().toString());
            String text = doc.text();
            for (Deadline d : doc.deadlines()) {
                assertThat(slice(doc, d.start(), d.end())).as(file + " deadline").isEqualTo(d.surface());
                deadlines++;
                dated += d.date() != null ? 1 : 0;
                if (deadlines % 40 == 1) {
                    examples.append("D ").append(file.getFileName()).append(' ').append(d.date()).append(' ')
                            .append(d.recurrence()).append(" [").append(flat(d.surface())).append("] who=")
                            .append(d.who()).append('\n');
                }
            }
            for (Assignment a : doc.assignments()) {
                assertThat(slice(doc, a.start(), a.end())).as(file + " assignment").isEqualTo(a.surface());
                assignments++;
                if (assignments % 40 == 1) {
                    examples.append("A ").append(file.getFileName()).append(' ').append(a.role()).append(" who=[")
                            .append(a.who()).append("] [").append(flat(a.surface())).append("]\n");
                }
            }
            for (Entity e : doc.entities()) {
                assertThat(slice(doc, e.start(), e.end())).as(file + " entity").isEqualTo(e.text());
                entityKinds.merge(e.kind().json(), 1, Integer::sum);
            }
            assertThat(text).isNotNull();
        }
        System.out.println(files.size() + " documents: " + deadlines + " deadlines (" + dated + " dated), "
                + assignments + " assignments, entities " + entityKinds);
        System.out.print(examples);
    }

    private static String slice(AnalyzedDocument doc, int start, int end) {
        return doc.text().substring(doc.charIndex(start), doc.charIndex(end));
    }

    private static String flat(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 119) + "…" : one;
    }
}
