package org.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.registry.RegistryJson;

class RegistryCommandTest {

    @Test
    void showAndList() {
        VanbanCliTest.Result show = VanbanCliTest.run("registry", "show", "36/2017/TT-BGDĐT");
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("36/2017/TT-BGDĐT@2017").contains("replacedBy Thông tư 09/2024/TT-BGDĐT")
                .contains("hết hiệu lực toàn bộ");
        VanbanCliTest.Result ambiguous = VanbanCliTest.run("registry", "show", "16/CT-TTg");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("16/CT-TTg@2016").contains("16/CT-TTg@2020");
        assertThat(VanbanCliTest.run("registry", "show", "999/XX").code()).isEqualTo(1);
        VanbanCliTest.Result list = VanbanCliTest.run("registry", "list", "--status", "chưa có hiệu lực");
        assertThat(list.out().strip().split("\n")).singleElement()
                .satisfies(line -> assertThat(line).startsWith("129/2025/QH15@2025"));
        assertThat(VanbanCliTest.run("registry", "list", "--status", "PARTLY_EXPIRED").out())
                .contains("112/2020/NĐ-CP@2020");
        assertThat(VanbanCliTest.run("registry", "list", "--status", "valid").code()).isEqualTo(2);
        assertThat(VanbanCliTest.run("registry").code()).isEqualTo(2);
    }

    @Test
    void validate(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"),
                "{\"format\":\"vanban-registry\",\"version\":1,\"instruments\":[]}");
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"format\":\"vanban-registry\",\"version\":1,\"instruments\":[{\"key\":\"a\",\"status\":\"còn hiệu lực\","
                        + "\"confidence\":\"sourced\",\"sources\":[],\"issued\":\"2020-02-30\"}]}");
        VanbanCliTest.Result ok = VanbanCliTest.run("registry", "validate", good.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("good.json: valid");
        VanbanCliTest.Result r = VanbanCliTest.run("registry", "validate", good.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("bad.json: entry 0 (a), field sources");
    }

    @Test
    void learnWritesAValidRegistryAndSaysWhatItCouldNotLearn(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("ct.txt"), """
                THỦ TƯỚNG CHÍNH PHỦ
                Số: 33/CT-TTg
                Hà Nội, ngày 26 tháng 11 năm 2021
                CHỈ THỊ
                Chỉ thị này có hiệu lực kể từ ngày ký. Chỉ thị này thay thế Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016.
                """);
        Path out = dir.resolve("learned.json");
        VanbanCliTest.Result r = VanbanCliTest.run("registry", "learn", "-o", out.toString(), text.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("ct.txt");
        assertThat(RegistryJson.validate(out)).isEmpty();
        assertThat(VanbanCliTest.run("registry", "learn", dir.resolve("nope.pdf").toString()).code()).isEqualTo(2);
    }
}
