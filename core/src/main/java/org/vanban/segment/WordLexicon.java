package org.vanban.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vanban.normalize.SyllableKey;

/**
 * The words a {@link DictionaryWordSegmenter} may join syllables into, each with a strength in (0, 1], and the
 * syllables that are almost always written in lower case inside a sentence (so that "Giao" at the head of a
 * sentence is not taken for the first syllable of a name). Immutable and thread-safe.
 *
 * <p>File format (UTF-8): one entry per line, {@code #} starts a comment line. A word line is the word's syllables
 * separated by single spaces, a tab and its strength ({@code nghị định\t0.91}); a line {@code ~syllable} names a
 * lower-case syllable.
 */
public final class WordLexicon {

    private static final String WORDS_RESOURCE = "words.tsv";

    private final Map<String, Float> strengths;
    private final Set<String> lowerCaseSyllables;
    private final int maxSyllables;

    private WordLexicon(Map<String, Float> strengths, Set<String> lowerCaseSyllables) {
        this.strengths = Map.copyOf(strengths);
        this.lowerCaseSyllables = Set.copyOf(lowerCaseSyllables);
        int max = 1;
        for (String key : strengths.keySet()) {
            max = Math.max(max, key.split(" ").length);
        }
        this.maxSyllables = max;
    }

    /** The lexicon shipped with the library, learned from real administrative texts (see words.tsv's header). */
    public static WordLexicon builtIn() {
        return BuiltIn.LEXICON;
    }

    /** Reads a lexicon; {@code source} names it in errors. */
    public static WordLexicon read(InputStream in, String source) throws IOException {
        Map<String, Float> strengths = new HashMap<>();
        Set<String> lower = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("~")) {
                    lower.add(SyllableKey.of(line.substring(1).strip()));
                    continue;
                }
                int tab = line.indexOf('\t');
                float strength;
                try {
                    strength = tab < 0 ? Float.NaN : Float.parseFloat(line.substring(tab + 1).strip());
                } catch (NumberFormatException e) {
                    strength = Float.NaN;
                }
                if (!(strength > 0 && strength <= 1) || line.substring(0, tab).isBlank()) {
                    throw new IOException(source + ":" + number + ": expected \"word<TAB>strength\" with a strength "
                            + "in (0, 1], found \"" + line + "\"");
                }
                strengths.merge(SyllableKey.of(line.substring(0, tab)), strength, Math::max);
            }
        }
        return new WordLexicon(strengths, lower);
    }

    /** A lexicon from words and their strengths (keys are made with {@link SyllableKey}). */
    public static WordLexicon of(Map<String, Float> words, Set<String> lowerCaseSyllables) {
        Map<String, Float> strengths = new HashMap<>();
        words.forEach((w, s) -> strengths.put(SyllableKey.of(w), s));
        Set<String> lower = new HashSet<>();
        lowerCaseSyllables.forEach(s -> lower.add(SyllableKey.of(s)));
        return new WordLexicon(strengths, lower);
    }

    /** The strength of a word given by its {@link SyllableKey}, or 0 when it is not in the lexicon. */
    public float strength(String key) {
        Float s = strengths.get(key);
        return s == null ? 0f : s;
    }

    /** Whether a syllable (by key) is almost always lower case inside a sentence. */
    public boolean isLowerCaseSyllable(String key) {
        return lowerCaseSyllables.contains(key);
    }

    /** The number of syllables of the longest word. */
    public int maxSyllables() {
        return maxSyllables;
    }

    public int size() {
        return strengths.size();
    }

    private static final class BuiltIn {
        static final WordLexicon LEXICON = load();

        private static WordLexicon load() {
            try (InputStream in = WordLexicon.class.getResourceAsStream(WORDS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource org/vanban/segment/" + WORDS_RESOURCE + " is missing");
                }
                return read(in, WORDS_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
