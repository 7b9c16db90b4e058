package org.vanban.vncorenlp;

/**
 * A VnCoreNLP word and the span of the normalised text it stands for.
 *
 * @param word  the word as VnCoreNLP gave it
 * @param start start offset ({@code char} index), or -1 when the word could not be found in the text
 * @param end   end offset, exclusive, or -1
 */
public record AlignedWord(VnCoreNlpWord word, int start, int end) {

    public boolean aligned() {
        return start >= 0;
    }
}
