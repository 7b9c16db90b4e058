package org.vanban.normalize;

import java.util.Arrays;

/**
 * Normalised text and the way back to the text it came from. Offsets are UTF-16 {@code char} indices on both
 * sides. The map is monotone (non-decreasing) and stays within the source, so a span {@code [start, end)} of the
 * normalised text maps to the source span {@code [sourceOffset(start), sourceOffset(end))}; a character the
 * normaliser removed (the CR of a CRLF, a zero-width space, the line break joined inside a citation symbol) falls
 * inside the span of the character before it. Immutable.
 */
public final class NormalizedText {

    private final String text;
    private final int sourceLength;
    private final int[] sourceOffsets;

    /**
     * @param text          the normalised text
     * @param sourceOffsets for each {@code char} index of {@code text} and one past its end, the index in the
     *                      source text it came from; null when the two are the same length and aligned
     */
    public NormalizedText(String text, int[] sourceOffsets) {
        if (sourceOffsets != null && sourceOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map must have text.length() + 1 entries");
        }
        if (sourceOffsets != null) {
            for (int i = 1; i < sourceOffsets.length; i++) {
                if (sourceOffsets[i] < sourceOffsets[i - 1] || sourceOffsets[0] < 0) {
                    throw new IllegalArgumentException("offset map must be monotone and non-negative");
                }
            }
        }
        this.text = text;
        this.sourceOffsets = sourceOffsets == null ? null : sourceOffsets.clone();
        this.sourceLength = sourceOffsets == null ? text.length() : sourceOffsets[text.length()];
    }

    public String text() {
        return text;
    }

    /** Length of the source text, in {@code char}s. */
    public int sourceLength() {
        return sourceLength;
    }

    /** True when the normaliser changed no offset: every index means the same in the source. */
    public boolean isAligned() {
        return sourceOffsets == null;
    }

    /** The index in the source text of a {@code char} index of the normalised text. */
    public int sourceOffset(int normalizedIndex) {
        if (normalizedIndex < 0 || normalizedIndex > text.length()) {
            throw new IndexOutOfBoundsException(normalizedIndex);
        }
        return sourceOffsets == null ? normalizedIndex : sourceOffsets[normalizedIndex];
    }

    /**
     * The index in the normalised text of a {@code char} index of the source: the first normalised character that
     * came from that source index or from a later one ({@code text().length()} past the end).
     */
    public int normalizedOffset(int sourceIndex) {
        if (sourceIndex < 0 || sourceIndex > sourceLength) {
            throw new IndexOutOfBoundsException(sourceIndex);
        }
        if (sourceOffsets == null) {
            return sourceIndex;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sourceOffsets[mid] < sourceIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText other && text.equals(other.text) && sourceLength == other.sourceLength
                && Arrays.equals(sourceOffsets, other.sourceOffsets);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + sourceLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
