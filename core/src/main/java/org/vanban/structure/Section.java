package org.vanban.structure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.function.IntUnaryOperator;

/**
 * One heading of the outline (the conventions are set out in {@code package-info.java}).
 *
 * @param level 1 for a Roman-numeral label ("I."), 2 for an Arabic one ("1."), n + 1 for an Arabic label of n
 *              parts ("1.1." is 3), one below the Arabic heading above it for a letter ("a)", 3 under "1.");
 *              legal units rank among those the document uses (Chương, Mục, Điều: the highest present is 1), with
 *              khoản and điểm one and two below their article; "Phần" is 0. Markdown headings take the level
 *              their label shows
 * @param label the label without its "." or ")" ("I", "1", "1.2", "a"); legal units keep their keyword
 *              ("Chương II", "Mục 1", "Điều 5")
 * @param title the rest of the heading line, emphasis removed, cut at the end of its first sentence
 * @param start offset of the first character of the heading line (the first {@code #} of a Markdown heading)
 * @param end   offset where the section's content ends (the next heading of the same or a higher level, or the
 *              end of the body or appendix), trailing whitespace excluded
 */
@JsonPropertyOrder({"level", "label", "title", "start", "end"})
public record Section(int level, String label, String title, int start, int end) {

    public Section mapOffsets(IntUnaryOperator f) {
        return new Section(level, label, title, f.applyAsInt(start), f.applyAsInt(end));
    }
}
