package org.vanban.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.TextSpan;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.Section;

/** The blocks the extractors read: article labels, and heading lines that a converted text wrapped. */
class PlanLayoutTest {

    private static PlanLayout layout(String text, List<Section> sections) {
        DocumentStructure structure = new DocumentStructure("QUYẾT ĐỊNH", null, null, LocalDate.of(2025, 6, 2), null,
                null, null, null, List.of(), sections, new TextSpan(0, text.length()));
        return PlanLayout.of(text, structure, List.of());
    }

    private static Section section(String text, String line, int level, String label) {
        int at = text.indexOf(line);
        return new Section(level, label, line, at, text.length());
    }

    private static String content(String text, PlanLayout.Block b) {
        return text.substring(b.contentStart(), b.end());
    }

    @Test
    void anArticleLabelIsNoPartOfItsContent() {
        String text = "**Điều 3.** Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.\n";
        PlanLayout l = layout(text, List.of(section(text, "**Điều 3.**", 1, "Điều 3")));
        assertThat(l.blocks()).singleElement()
                .satisfies(b -> assertThat(content(text, b)).startsWith("Chánh Văn phòng Sở"));
    }

    @Test
    void aHeadingCutInsideItsBoldOrAfterAUnitsHeadWordRunsOnToTheNextLine() {
        String text = "**1. Sở\nKhoa học và Công nghệ**\n- Chủ trì thẩm định.\nĐiều 2. Sở\nCông Thương có trách nhiệm "
                + "hướng dẫn.\n";
        PlanLayout l = layout(text, List.of(section(text, "**1. Sở", 2, "1"), section(text, "Điều 2. Sở", 1,
                "Điều 2")));
        assertThat(l.blocks()).extracting(b -> content(text, b).replace('\n', ' ')).containsExactly(
                "Sở Khoa học và Công nghệ**", "Chủ trì thẩm định.", "Sở Công Thương có trách nhiệm hướng dẫn.");
    }

    @Test
    void aShortTitleDoesNotRunOnToACapitalisedLine() {
        String text = "1. Hiệu trưởng\nChỉ đạo chung việc thực hiện.\n";
        PlanLayout l = layout(text, List.of(section(text, "1. Hiệu trưởng", 2, "1")));
        assertThat(l.blocks()).hasSize(2);
    }
}
