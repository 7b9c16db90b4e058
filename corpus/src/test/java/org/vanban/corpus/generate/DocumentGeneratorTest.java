package org.vanban.corpus.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.AnalyzedDocument;
import org.vanban.cite.Citation;
import org.vanban.deadline.Deadline;
import org.vanban.assign.Assignment;
import org.vanban.structure.Section;

class DocumentGeneratorTest {

    private final DocumentGenerator generator = new DocumentGenerator(42);

    @Test
    void theSameSeedAndIndexGiveTheSameDocumentInAnyOrder() {
        GeneratedDocument later = generator.generate(17);
        for (int i = 0; i < 17; i++) {
            generator.generate(i);
        }
        assertThat(new DocumentGenerator(42).generate(17)).isEqualTo(later);
        assertThat(new DocumentGenerator(43).generate(17).text()).isNotEqualTo(later.text());
    }

    @Test
    void everyTruthSpanIsExactlyItsSurface() {
        for (int i = 0; i < 300; i++) {
            AnalyzedDocument truth = generator.generate(i).truth();
            String text = truth.text();
            for (Citation c : truth.citations()) {
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.surface());
                assertThat(c.surface()).contains(c.symbol());
                assertThat(c.key()).startsWith(c.canonical());
            }
            for (Deadline d : truth.deadlines()) {
                assertThat(text.substring(d.start(), d.end())).isEqualTo(d.surface());
            }
            for (Assignment a : truth.assignments()) {
                assertThat(text.substring(a.start(), a.end())).isEqualTo(a.surface()).contains(a.who());
            }
            for (Section s : truth.sections()) {
                assertThat(text.substring(s.start())).startsWith(s.label() + ". " + s.title());
                assertThat(s.end()).isGreaterThan(s.start());
            }
            assertThat(text).contains("Số: " + truth.number()).contains(truth.docType() + "\n" + truth.title());
        }
    }

    @Test
    void someCitationsAreMisprintedAndSayHowTheyWereRepaired() {
        List<Citation> misprinted = new ArrayList<>();
        int total = 0;
        boolean modernTones = false;
        for (int i = 0; i < 300; i++) {
            AnalyzedDocument truth = generator.generate(i).truth();
            total += truth.citations().size();
            truth.citations().stream().filter(c -> !c.symbol().equals(c.canonical())).forEach(misprinted::add);
            modernTones |= truth.text().contains("hoá");
        }
        assertThat(misprinted.size()).isBetween(total / 20, total / 4);
        assertThat(misprinted).allSatisfy(c ->
                assertThat(c.repairs()).containsExactly(c.symbol() + " → " + c.canonical()));
        assertThat(misprinted).extracting(Citation::symbol)
                .anySatisfy(s -> assertThat(s).matches("\\d+-[A-ZĐ]+(\\w)\\1/\\w+"))  // 08-NQQ/TU
                .anySatisfy(s -> assertThat(s).matches("\\d+/[\\wĐ]+[^-]*")); // 33/CTTTg
        assertThat(modernTones).isTrue();
    }
}
