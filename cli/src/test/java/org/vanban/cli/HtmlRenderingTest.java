package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report renders in headless Chromium (Debian's {@code chromium}): the page loads, the highlighted draft and
 * the explained findings are in the rendered DOM, and a screenshot is drawn. Skips when Chromium is not installed.
 */
class HtmlRenderingTest {

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static String run(Path dir, Path chromium, String... extra) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(extra));
        Path log = dir.resolve("chromium-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return out;
    }

    @Test
    void reportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "skipped: chromium is not installed");
        Path draft = Files.writeString(dir.resolve("draft.txt"), CheckCommandTest.DRAFT);
        Path html = dir.resolve("report.html");
        VanbanCliTest.run("check", "--format", "html", "--as-of", "2026-01-01", "-o", html.toString(), draft.toString());
        String dom = run(dir, chromium, "--dump-dom", html.toUri().toString());
        assertThat(dom).contains("<mark class=\"warning\">Ủy ban nhân dân huyện Tân Hồng</mark>")
                .contains("DEFUNCT_UNIT").contains("no longer existed on 2026-01-01");
        Path png = dir.resolve("report.png");
        run(dir, chromium, "--screenshot=" + png, "--window-size=1200,900", html.toUri().toString());
        assertThat(Files.size(png)).isGreaterThan(10_000);
        Path keep = Path.of("target", "check-report.png");
        Files.createDirectories(keep.getParent());
        Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
