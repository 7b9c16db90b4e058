package org.vanban.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.vanban.structure.DocumentStructure;

/** Runs the default extractor on a text with no structure, checking that every surface is the text at its offsets. */
final class Citing {

    private static final RuleCitationExtractor EXTRACTOR = new RuleCitationExtractor();

    private Citing() {
    }

    static List<Citation> cite(String text) {
        List<Citation> found = EXTRACTOR.extract(text, DocumentStructure.empty(text.length()));
        for (Citation c : found) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.surface());
        }
        return found;
    }

    /** The one citation of the text. */
    static Citation only(String text) {
        List<Citation> found = cite(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }
}
