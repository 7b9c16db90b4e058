package org.vanban.structure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.function.IntUnaryOperator;

/**
 * One heading of the outline.
 *
 * @param level 1 for a Roman-numeral label ("I."), 2 for an Arabic one ("1.", "1.1." is 3), letters ("a)") below
 *              the Arabic level; Markdown headings take the level their label shows
 * @param label the label without its "." or ")" ("I", "1", "1.2", "a")
 * @param title the rest of the heading line, emphasis removed, cut at the end of its first sentence
 * @param start offset of the first character of the heading line
 * @param end   offset where the section's content ends (the next heading of the same or a higher level, or the
 *              end of the body)
 */
@JsonPropertyOrder({"level", "label", "title", "start", "end"})
public record Section(int level, String label, String title, int start, int end) {

    public Section mapOffsets(IntUnaryOperator f) {
        return new Section(level, label, title, f.applyAsInt(start), f.applyAsInt(end));
    }
}
