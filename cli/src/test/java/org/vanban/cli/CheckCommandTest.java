package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.DocumentJson;

class CheckCommandTest {

    static final String DRAFT = """
            ỦY BAN NHÂN DÂN XÃ TÂN THÀNH
            KẾ HOẠCH
            Thực hiện công tác dân vận năm 2026

            Thực hiện Công văn của Ủy ban nhân dân huyện Tân Hồng về việc báo cáo kết quả công tác dân vận.
            Giao Phòng Văn hóa - Xã hội phối hợp với UBND tỉnh Lâm Đồng tổ chức thực hiện.
            """;

    private static Path draft(Path dir) throws Exception {
        return Files.writeString(dir.resolve("draft.txt"), DRAFT);
    }

    @Test
    void textReportShowsTheLineAndExitCodeFollowsFailOn(@TempDir Path dir) throws Exception {
        Path file = draft(dir);
        VanbanCliTest.Result r = VanbanCliTest.run("check", "--as-of", "2026-01-01", "--color", "never",
                file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("DEFUNCT_UNIT").contains("Ủy ban nhân dân huyện Tân Hồng")
                .contains("draft.txt:5:").contains("^^^^").doesNotContain("\u001b[");
        assertThat(VanbanCliTest.run("check", "--as-of", "2026-01-01", "--fail-on", "warning", file.toString())
                .code()).isEqualTo(1);
        assertThat(VanbanCliTest.run("check", "--as-of", "2025-06-30", "--fail-on", "info", file.toString())
                .code()).isZero();
        assertThat(VanbanCliTest.run("check", "--as-of", "2026-01-01", "--color", "always", file.toString()).out())
                .contains("\u001b[33m");
    }

    @Test
    void jsonReportHasOneObjectPerFile(@TempDir Path dir) throws Exception {
        Path file = draft(dir);
        VanbanCliTest.Result r = VanbanCliTest.run("check", "--format", "json", "--as-of", "2026-01-01",
                file.toString(), file.toString());
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode report = DocumentJson.mapper().readTree(lines[0]);
        assertThat(report.path("asOf").asText()).isEqualTo("2026-01-01");
        assertThat(report.path("summary").path("warning").asInt()).isEqualTo(1);
        JsonNode f = report.path("findings").get(0);
        assertThat(f.path("code").asText()).isEqualTo("DEFUNCT_UNIT");
        assertThat(f.path("severity").asText()).isEqualTo("warning");
        assertThat(f.path("confidence").asText()).isEqualTo("sourced");
        assertThat(f.path("sources").size()).isPositive();
        assertThat(DRAFT.substring(f.path("start").asInt(), f.path("end").asInt()))
                .isEqualTo(f.path("surface").asText());
    }

    @Test
    void htmlReportIsOneSelfContainedPage(@TempDir Path dir) throws Exception {
        Path file = draft(dir);
        Path out = dir.resolve("report.html");
        VanbanCliTest.Result r = VanbanCliTest.run("check", "--format", "html", "--as-of", "2026-01-01", "-o",
                out.toString(), file.toString());
        assertThat(r.code()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<mark class=\"warning\">Ủy ban nhân dân huyện Tân Hồng")
                .contains("DEFUNCT_UNIT").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("src=\"");
    }

    @Test
    void inputAndUsageErrorsExitTwo(@TempDir Path dir) throws Exception {
        VanbanCliTest.Result missing = VanbanCliTest.run("check", dir.resolve("nope.docx").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.docx");
        assertThat(VanbanCliTest.run("check", "--as-of", "2026-13-01", draft(dir).toString()).code()).isEqualTo(2);
        assertThat(VanbanCliTest.run("check", "--fail-on", "sometimes", draft(dir).toString()).code()).isEqualTo(2);
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"format\":\"vanban-registry\",\"version\":1,\"instruments\":[{\"key\":\"x\",\"status\":\"valid\","
                        + "\"confidence\":\"sourced\",\"sources\":[\"s\"]}]}");
        VanbanCliTest.Result badRegistry = VanbanCliTest.run("check", "--registry", bad.toString(),
                draft(dir).toString());
        assertThat(badRegistry.code()).isEqualTo(2);
        assertThat(badRegistry.err()).contains("bad.json: entry 0 (x), field status");
        assertThat(badRegistry.err()).doesNotContain("Exception");
    }

    @Test
    void userRegistryOverridesTheDefaultAndConflictsAreReported(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.json"), """
                {"format":"vanban-registry","version":1,"instruments":[
                  {"key":"36/2017/TT-BGDĐT@2017","symbol":"36/2017/TT-BGDĐT","issued":"2017-12-29",
                   "status":"hết hiệu lực toàn bộ","confidence":"sourced","sources":["https://example.org/mine"]}]}
                """);
        VanbanCliTest.Result r = VanbanCliTest.run("registry", "show", "--registry", mine.toString(),
                "36/2017/TT-BGDĐT@2017");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("issued:    2017-12-29").contains("https://example.org/mine");
        assertThat(r.err()).contains("registry conflict: 36/2017/TT-BGDĐT@2017: issued is \"2017-12-29\" in "
                + mine + " but \"2017-12-28\" in vanban default registry");
    }
}
