package org.vanban;

/**
 * A half-open range {@code [start, end)} of the normalised text.
 *
 * <p>Inside the pipeline's stages offsets are UTF-16 {@code char} indices (what {@link String#substring} takes);
 * the {@link AnalyzedDocument} a caller receives carries Unicode code-point indices, as the JSON contract says.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(TextSpan other) {
        return other.start >= start && other.end <= end;
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
