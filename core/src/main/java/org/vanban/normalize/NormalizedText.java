package org.vanban.normalize;

/**
 * Normalised text and the way back to the text it came from.
 */
public final class NormalizedText {

    private final String text;
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
        this.text = text;
        this.sourceOffsets = sourceOffsets == null ? null : sourceOffsets.clone();
    }

    public String text() {
        return text;
    }

    /** The index in the source text of a {@code char} index of the normalised text. */
    public int sourceOffset(int normalizedIndex) {
        if (normalizedIndex < 0 || normalizedIndex > text.length()) {
            throw new IndexOutOfBoundsException(normalizedIndex);
        }
        return sourceOffsets == null ? normalizedIndex : sourceOffsets[normalizedIndex];
    }
}
