package org.vanban.corpus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.Pipeline;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.deadline.Deadline;
import org.vanban.deadline.Recurrence;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.Section;
import org.vanban.structure.Signer;

class EvaluatorTest {

    private static final String TEXT = "KẾ HOẠCH\nThực hiện Luật Hộ tịch, Công chứng và Chỉ thị số 33/CT-TTg.\n"
            + "I. Mục đích\nBáo cáo gửi trước ngày 03/06/2022.\nĐịnh kỳ hàng quý báo cáo.\n";

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode gold() throws Exception {
        int law = TEXT.indexOf("Luật Hộ tịch, Công chứng");
        int ct = TEXT.indexOf("Chỉ thị số 33/CT-TTg");
        int sec = TEXT.indexOf("I. Mục đích");
        int dl = TEXT.indexOf("gửi trước ngày 03/06/2022");
        int rec = TEXT.indexOf("Định kỳ hàng quý báo cáo");
        String g = """
            {"docType":"KẾ HOẠCH","number":null,"issuedDate":null,"place":null,"title":"Thực hiện",
             "issuer":null,"signer":{"name":"Thái Thị Phượng","title":"HIỆU TRƯỞNG","authority":null},
             "recipients":["Lưu: VT."],
             "citations":[
              {"surface":"Luật Hộ tịch, Công chứng","start":%d,"end":%d,"canonical":"Luật Hộ tịch","date":null,
               "issuer":null,"type":"Luật"},
              {"surface":"Luật Hộ tịch, Công chứng","start":%d,"end":%d,"canonical":"Luật Công chứng","date":null,
               "issuer":null,"type":"Luật"},
              {"surface":"Chỉ thị số 33/CT-TTg","start":%d,"end":%d,"canonical":"33/CT-TTg","date":null,
               "issuer":null,"type":"Chỉ thị","symbol":"33/CT-TTg","number":"33","year":null}],
             "deadlines":[
              {"surface":"gửi trước ngày 03/06/2022","start":%d,"end":%d,"date":"2022-06-03","recurrence":null},
              {"surface":"Định kỳ hàng quý báo cáo","start":%d,"end":%d,"date":null,"recurrence":"quarterly"}],
             "sections":[{"level":1,"label":"I","title":"Mục đích","start":%d}],
             "assignments":[]}
            """.formatted(law, law + 24, law, law + 24, ct, ct + 20, dl, dl + 25, rec, rec + 24, sec);
        return json.readTree(g);
    }

    @Test
    void scoresEachMeasureAndPairsTwoLawsOnOneSurface() throws Exception {
        int law = TEXT.indexOf("Luật Hộ tịch");
        int dl = TEXT.indexOf("trước ngày 03/06/2022");
        int rec = TEXT.indexOf("Định kỳ");
        Pipeline pipeline = Pipeline.builder()
                .structureParser(text -> new DocumentStructure("KẾ HOẠCH", null, null, null, null, "Thực hiện", null,
                        new Signer("Thái Thị Phượng", null, null), List.of("Lưu: VT."),
                        List.of(new Section(1, "I", "Mục đích", text.indexOf("I. Mục"), text.length())),
                        new TextSpan(0, text.length())))
                .citationExtractor((text, structure) -> List.of(
                        citation(text, law, "Luật Công chứng"),
                        citation(text, law, "Luật Hộ tịch")))
                .deadlineExtractor((text, structure, citations) -> List.of(
                        new Deadline(text.substring(dl, dl + 21), dl, dl + 21, LocalDate.of(2022, 6, 3), null, "x",
                                null),
                        new Deadline(text.substring(rec, rec + 7), rec, rec + 7, null, Recurrence.MONTHLY, "x",
                                null)))
                .build();

        DocumentEval eval = new Evaluator(pipeline).evaluate(TEXT, "t", gold());

        assertThat(eval.scores().get("docType")).isEqualTo(new Score(1, 0, 0));
        assertThat(eval.scores().get("signer.name")).isEqualTo(new Score(1, 0, 0));
        assertThat(eval.scores().get("signer.title")).isEqualTo(new Score(0, 0, 1));
        assertThat(eval.scores().get("sections")).isEqualTo(new Score(1, 0, 0));
        // Both laws of one surface pair with the prediction of the same canonical name; the directive is missed.
        assertThat(eval.scores().get("citations")).isEqualTo(new Score(2, 0, 1));
        assertThat(eval.agreements().get("citations.canonical")).isEqualTo(new Agreement(2, 2));
        assertThat(eval.agreements().get("citations.span")).isEqualTo(new Agreement(0, 2));
        // The dated deadline matches; the recurring one overlaps but has the wrong recurrence.
        assertThat(eval.scores().get("deadlines")).isEqualTo(new Score(1, 1, 1));
        assertThat(eval.scores().get("deadlines.spans")).isEqualTo(new Score(2, 0, 0));
        assertThat(eval.mismatches()).anyMatch(m -> m.startsWith("deadlines: missed \"Định kỳ hàng quý báo cáo\""));
    }

    @Test
    void scoreArithmetic() {
        Score s = new Score(8, 2, 0);
        assertThat(s.precision()).isEqualTo(0.8);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(0.8889, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Score.ofField(true, true, false)).isEqualTo(new Score(0, 1, 1));
        assertThat(Score.ofField(false, false, false)).isEqualTo(Score.ZERO);
    }

    private static Citation citation(String text, int start, String canonical) {
        int end = start + "Luật Hộ tịch, Công chứng".length() - 10;
        return new Citation(text.substring(start, end), start, end, "Luật", null, canonical, null, null, null, null,
                null, canonical, List.of());
    }
}
