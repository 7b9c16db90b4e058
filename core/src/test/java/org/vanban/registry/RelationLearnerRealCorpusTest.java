package org.vanban.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vanban.Pipeline;

/**
 * The learner over the real instruments of shared/real-corpus that state what they replace or end, through the
 * default pipeline. Writes what it learned to {@code target/learned-real-corpus.txt} for
 * review. Skips when the corpus is absent.
 */
class RelationLearnerRealCorpusTest {

    private static final Path DOCS = Path.of(System.getProperty("vanban.shared.dir", "../shared"), "real-corpus/docs");
    private static final Pattern CUES = Pattern.compile(
            "thay\\s+thế\\s+(?:các\\s+)?(?:Nghị|Thông|Quyết|Chỉ|Luật|Quy)|hết\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?(?:\\s+kể)?"
                    + "\\s+từ\\s+ngày|bãi\\s+bỏ");

    @Test
    void learnsFromRealFinalArticles() throws Exception {
        assumeTrue(Files.isDirectory(DOCS), "skipped: " + DOCS + " is absent");
        Pipeline pipeline = Pipeline.defaults();
        RelationLearner learner = new RelationLearner();
        List<Path> files;
        try (Stream<Path> s = Files.list(DOCS)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> report = new ArrayList<>();
        int withCues = 0;
        int relations = 0;
        LearnResult decree303 = null;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!CUES.matcher(text).find()) {
                continue;
            }
            withCues++;
            LearnResult r = learner.learn(pipeline.analyzeText(text, file.getFileName().toString()));
            relations += r.relations().size();
            report.add(file.getFileName() + ": " + (r.instrument() == null ? "?" : r.instrument().key()
                    + " effective " + r.instrument().effective()));
            for (LearnedRelation l : r.relations()) {
                report.add("  " + l.type().label() + (l.partial() ? " (partly)" : "") + " " + l.target() + " on "
                        + l.date() + "  «" + (l.sentence().length() > 160 ? l.sentence().substring(0, 159) + "…"
                                : l.sentence()) + "»");
            }
            r.problems().forEach(p -> report.add("  note: " + p));
            if (r.instrument() != null && r.instrument().key().equals("303/2025/NĐ-CP@2025")) {
                decree303 = r;
            }
        }
        Path out = Path.of("target", "learned-real-corpus.txt");
        Files.createDirectories(out.getParent());
        report.add(0, withCues + " files with cue phrases, " + relations + " relations learned");
        Files.write(out, report, StandardCharsets.UTF_8);
        assertThat(withCues).isGreaterThan(20);
        assertThat(relations).isGreaterThan(10);
        // Research row 123/2016/NĐ-CP quotes this decree's Điều 14: it replaces 123/2016 and 101/2020 from 20/11/2025.
        assertThat(decree303).isNotNull();
        assertThat(decree303.instrument().effective()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(decree303.relations()).extracting(l -> l.type() + " " + l.target() + " " + l.date())
                .contains("REPLACES 123/2016/NĐ-CP@2016 2025-11-20", "REPLACES 101/2020/NĐ-CP@2020 2025-11-20");
    }
}
