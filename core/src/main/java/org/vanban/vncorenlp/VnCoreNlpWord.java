package org.vanban.vncorenlp;

import java.util.Objects;

/**
 * One word of VnCoreNLP's output: a line of its tab-separated format.
 *
 * @param index    1-based position in its sentence
 * @param form     the word as VnCoreNLP wrote it: syllables joined by {@code _} ("Nghị_định"), tone marks possibly
 *                 moved ("tỉnh_uỷ" for "tỉnh ủy")
 * @param pos      the part-of-speech tag ("N", "Np", "V", "CH"), or null when not annotated ({@code _})
 * @param ner      the named-entity label ("B-PER", "I-ORG", "O"), or null when not annotated
 * @param head     the index of the dependency head (0 for the root), or -1 when not annotated
 * @param relation the dependency relation ("sub", "nmod"), or null when not annotated
 */
public record VnCoreNlpWord(int index, String form, String pos, String ner, int head, String relation) {

    public VnCoreNlpWord {
        Objects.requireNonNull(form, "form");
        if (form.isEmpty()) {
            throw new IllegalArgumentException("empty word form");
        }
    }

    /** A word with only its form (word segmentation output). */
    public static VnCoreNlpWord of(int index, String form) {
        return new VnCoreNlpWord(index, form, null, null, -1, null);
    }

    /** The syllables of the form: split at {@code _}, except a form made only of underscores, which is itself. */
    public String[] syllables() {
        if (form.chars().allMatch(c -> c == '_')) {
            return new String[] {form};
        }
        return java.util.Arrays.stream(form.split("_")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
