package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VanbanCliTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VanbanCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("vanban ");
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("parse", "eval");
        assertThat(run("parse", "--help").out()).contains("--format", "FILE");
        assertThat(run("eval", "--help").out()).contains("--docs", "--gold");
    }

    @Test
    void aBadDateIsOneClearLine(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\nThực hiện công tác năm 2024\n");
        Result r = run("check", "--as-of", "2026-13-01", a.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Invalid value for option '--as-of': '2026-13-01' is not a date (YYYY-MM-DD)");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("parse").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void parsePrintsOneJsonObjectPerFile(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\nThực hiện công tác năm 2024\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "BÁO CÁO\nKết quả\n");
        Result r = run("parse", "--format", "json", a.toString(), b.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"source\":").contains("\"citations\":[").doesNotContain("\"text\":");
        assertThat(run("parse", "--format", "json", "--with-text", a.toString()).out()).contains("\"text\":");
    }

    @Test
    void evalRejectsMissingFolders(@TempDir Path dir) {
        Result r = run("eval", "--docs", dir.resolve("nope").toString(), "--gold", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope: not a directory");
    }
}
