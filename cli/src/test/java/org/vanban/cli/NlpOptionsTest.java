package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.cli.VanbanCliTest.Result;

/** --nlp builtin|vncorenlp|tsv on parse and eval. */
class NlpOptionsTest {

    static Result run(String... args) {
        return VanbanCliTest.run(args);
    }

    /** The VnCoreNLP-format fixtures of the core module's tests (core/src/test/resources/.../fixtures). */
    static Path fixtures() {
        String root = System.getProperty("vanban.root.dir");
        assumeTrue(root != null, "vanban.root.dir is not set");
        return Path.of(root, "core/src/test/resources/org/vanban/vncorenlp/fixtures");
    }

    static void assertOneLine(Result r, String expected) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(expected).doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void vncorenlpWithoutAnInstallationIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\n");
        Path nowhere = dir.resolve("vncorenlp");
        assertOneLine(run("parse", "--nlp", "vncorenlp", "--vncorenlp-home", nowhere.toString(), doc.toString()),
                "vanban: VnCoreNLP not found: " + nowhere + " is not a directory");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertOneLine(run("eval", "--docs", dir.toString(), "--gold", dir.toString(), "--nlp", "vncorenlp",
                "--vncorenlp-home", empty.toString()),
                "vanban: VnCoreNLP jar not found in " + empty + " (expected VnCoreNLP-<version>.jar)");
    }

    @Test
    void vncorenlpWithNoHomeAtAllIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("VNCORENLP_HOME") == null, "VNCORENLP_HOME is set on this machine");
        Path doc = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\n");
        Result r = run("parse", "--nlp", "vncorenlp", doc.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("vanban: VnCoreNLP is not installed").doesNotContain("\n");
    }

    @Test
    void tsvNeedsItsPathAndNamesABadFile(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\n");
        assertOneLine(run("parse", "--nlp", "tsv", doc.toString()),
                "vanban: --nlp tsv needs --vncorenlp-tsv PATH (a .tsv file or a folder of them)");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "1\tKẾ_HOẠCH\nnot a word line\n");
        assertOneLine(run("parse", "--nlp", "tsv", "--vncorenlp-tsv", bad.toString(), doc.toString()),
                "vanban: " + bad + ":2: expected tab-separated columns (index, form, POS, NER, head, relation), "
                        + "found \"not a word line\"");
    }

    @Test
    void builtinIsTheDefaultAndNeedsNothing(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\nThực hiện công tác năm 2024\n");
        assertThat(run("parse", "--format", "json", doc.toString()).code()).isZero();
        assertThat(run("parse", "--nlp", "builtin", "--format", "json", doc.toString()).code()).isZero();
        assertThat(run("parse", "--help").out()).contains("--nlp", "--vncorenlp-home", "--vncorenlp-tsv", "GPL");
        assertThat(run("eval", "--help").out()).contains("--nlp");
    }

    @Test
    void tsvTaggingReachesTheJsonEntities() {
        Path f = fixtures();
        Result r = run("parse", "--format", "json", "--nlp", "tsv", "--vncorenlp-tsv", f.resolve("vncorenlp")
                .toString(), f.resolve("docs/plan-school.txt").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("{\"text\":\"Nguyễn Văn Thành\",\"kind\":\"person\"",
                "{\"text\":\"Đảng ủy phường Tân Bình\",\"kind\":\"organization\"");
    }

    @Test
    void evalRunsWithEitherEngine() {
        Path f = fixtures();
        String[] common = {"eval", "--docs", f.resolve("docs").toString(), "--gold", f.resolve("gold").toString()};
        Result builtin = run(common);
        assertThat(builtin.code()).isZero();
        assertThat(builtin.out()).contains("assignments");
        String[] withTsv = java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of(
                "--nlp", "tsv", "--vncorenlp-tsv", f.resolve("vncorenlp").toString())).toArray(String[]::new);
        Result tsv = run(withTsv);
        assertThat(tsv.code()).isZero();
        assertThat(tsv.out()).contains("assignments");
    }
}
