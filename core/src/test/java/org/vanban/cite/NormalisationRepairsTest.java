package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;

class NormalisationRepairsTest {

    private final Pipeline pipeline = Pipeline.defaults();

    private Citation only(String text) {
        AnalyzedDocument doc = pipeline.analyzeText(text, "t");
        assertThat(doc.citations()).hasSize(1);
        return doc.citations().get(0);
    }

    @Test
    void aSymbolTheNormaliserJoinedIsReportedAsALineBreakRepair() {
        Citation c = only("Căn cứ Nghị định số 150/2025/NĐ-\nCP ngày 12 tháng 6 năm 2025 của Chính phủ;\n");
        assertThat(c.canonical()).isEqualTo("150/2025/NĐ-CP");
        assertThat(c.repairs()).contains("line-break: 150/2025/NĐ-⏎CP → 150/2025/NĐ-CP");
    }

    @Test
    void aLookAlikeLetterTheNormaliserReplacedIsReported() {
        Citation c = only("Thực hiện Quyết định số 2890/Q\u00D0-UBND ngày 05/9/2025 của Ủy ban nhân dân tỉnh.\n");
        assertThat(c.canonical()).isEqualTo("2890/QĐ-UBND");
        assertThat(c.repairs()).contains("look-alike: 2890/Q\u00D0-UBND → 2890/QĐ-UBND");
    }

    @Test
    void aMovedToneMarkIsStyleNotARepair() {
        List<Citation> found = pipeline.analyzeText("Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng "
                + "Chính phủ về Đề án văn hoá công vụ.\n", "t").citations();
        assertThat(found).extracting(Citation::canonical).containsExactly("1847/QĐ-TTg", "Đề án Văn hóa công vụ");
        assertThat(found).allSatisfy(c -> assertThat(c.repairs()).isEmpty());
    }

    @Test
    void textTheNormaliserLeftAloneIsReturnedUnchanged() {
        List<Citation> none = NormalisationRepairs.note(List.of(), "x", new org.vanban.normalize.NormalizedText("x",
                null));
        assertThat(none).isEmpty();
    }
}
