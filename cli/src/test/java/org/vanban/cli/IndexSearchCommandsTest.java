package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.DocumentJson;

class IndexSearchCommandsTest {

    @TempDir
    Path tmp;

    private static VanbanCliTest.Result run(String... args) {
        return VanbanCliTest.run(args);
    }

    private Path docs() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("dan-van.txt"),
                "KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\nCăn cứ Nghị định số 04/2015/NĐ-CP của Chính phủ.\n",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("van-thu.md"), "BÁO CÁO\nKết quả công tác văn thư, lưu trữ.\n",
                StandardCharsets.UTF_8);
        return docs;
    }

    @Test
    void indexThenSearchByWordsWithoutDiacritics() throws Exception {
        Path docs = docs();
        String index = tmp.resolve("index").toString();
        VanbanCliTest.Result indexed = run("index", "--index", index, docs.toString());
        assertThat(indexed.code()).as(indexed.err()).isZero();
        assertThat(indexed.out()).contains("2 files: 2 added, 0 updated, 0 unchanged, 0 removed, 0 failed");

        VanbanCliTest.Result again = run("index", "--index", index, docs.toString());
        assertThat(again.out()).contains("2 files: 0 added, 0 updated, 2 unchanged");

        VanbanCliTest.Result found = run("search", "--index", index, "cong tac dan van");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).startsWith("1 document match").contains("dan-van.txt")
                .contains("«dân» «vận»");

        VanbanCliTest.Result symbol = run("search", "--index", index, "04/2015/nd-cp");
        assertThat(symbol.out()).contains("dan-van.txt").contains("«04/2015/NĐ-CP»");

        VanbanCliTest.Result none = run("search", "--index", index, "không có gì");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).startsWith("0 documents match");
    }

    @Test
    void jsonOutputCarriesHitsSnippetsAndFacets() throws Exception {
        Path docs = docs();
        String index = tmp.resolve("index").toString();
        assertThat(run("index", "--index", index, docs.toString()).code()).isZero();
        VanbanCliTest.Result json = run("search", "--index", index, "--format", "json", "cong tac");
        JsonNode root = DocumentJson.mapper().readTree(json.out());
        assertThat(root.get("total").asInt()).isEqualTo(2);
        assertThat(root.get("hits")).hasSize(2);
        JsonNode hit = root.get("hits").get(0);
        assertThat(hit.get("snippets").get(0).get("highlights").get(0)).hasSize(2);
        assertThat(hit.get("document").has("text")).isFalse();
        assertThat(root.get("facets").has("type")).isTrue();
    }

    @Test
    void failedFilesAreListedAndGiveExitCodeTwo() throws Exception {
        Path docs = docs();
        Files.writeString(docs.resolve("empty.txt"), "");
        VanbanCliTest.Result r = run("index", "--index", tmp.resolve("index").toString(), docs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(docs.resolve("empty.txt").toAbsolutePath() + ": file is empty");
        assertThat(r.out()).contains("2 added").contains("1 failed");
    }

    @Test
    void badInputIsOneClearLine() throws Exception {
        VanbanCliTest.Result missing = run("search", "--index", tmp.resolve("nowhere").toString(), "x");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere: no index here").doesNotContain("Exception");

        Path docs = docs();
        String index = tmp.resolve("index").toString();
        run("index", "--index", index, docs.toString());
        VanbanCliTest.Result dates = run("search", "--index", index, "--from", "2024-05-01", "--to", "2024-01-01");
        assertThat(dates.code()).isEqualTo(2);
        assertThat(dates.err()).contains("is after");
        VanbanCliTest.Result both = run("search", "--index", index, "--top-cited", "--stale");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("choose one");
    }

    @Test
    void staleAndFollowReplacementsUseTheRegistry() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("legal"));
        Files.writeString(docs.resolve("cu.txt"), "KẾ HOẠCH\nCăn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng"
                + " Chính phủ về tăng cường và đổi mới công tác dân vận;\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("moi.txt"), "KẾ HOẠCH\nCăn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng"
                + " Chính phủ về công tác dân vận;\n", StandardCharsets.UTF_8);
        String index = tmp.resolve("index").toString();
        assertThat(run("index", "--index", index, docs.toString()).code()).isZero();

        VanbanCliTest.Result stale = run("search", "--index", index, "--stale", "--as-of", "2025-01-01");
        assertThat(stale.code()).as(stale.err()).isZero();
        assertThat(stale.out()).contains("cu.txt").doesNotContain("moi.txt")
                .contains("16/CT-TTg@2016: replaced").contains("by 33/CT-TTg@2021");

        VanbanCliTest.Result plain = run("search", "--index", index, "--cites", "16/CT-TTg@2016");
        assertThat(plain.out()).startsWith("1 document match");
        VanbanCliTest.Result followed = run("search", "--index", index, "--cites", "16/CT-TTg@2016",
                "--follow-replacements");
        assertThat(followed.out()).startsWith("2 documents match").contains("cu.txt").contains("moi.txt");
    }
}
