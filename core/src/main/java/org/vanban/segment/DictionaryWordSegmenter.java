package org.vanban.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vanban.TextSpan;
import org.vanban.normalize.SyllableKey;

/**
 * The built-in word segmenter: pure Java, no model download. Syllables separated by spaces on one line are joined
 * into the words of a {@link WordLexicon} (by default the one learned from real administrative texts), choosing the
 * reading whose words have the greatest total association; then runs of two to four capitalised
 * syllables that no word covers are joined as names ("Hồng Hải", "Trần Thị Mai Loan"), leaving out a leading
 * honorific or unit head ("Ông", "Sở": {@code name-prefixes.txt}) and a sentence's first word when it is a
 * lower-case word capitalised only because it opens the sentence. Symbols, dates, numbers and
 * protected spans are never split (see {@link SyllableScanner}). Immutable and thread-safe.
 */
public final class DictionaryWordSegmenter implements WordSegmenter {

    private static final int MAX_NAME_SYLLABLES = 4;
    private static final String SENTENCE_BREAKS = ".:;!?…()[]\"“”'‘’-–—*#|/";

    private static final Set<String> NAME_PREFIXES = readKeys("name-prefixes.txt");

    private final WordLexicon lexicon;
    private final SyllableScanner scanner = new SyllableScanner();

    /** A segmenter over the built-in lexicon. */
    public DictionaryWordSegmenter() {
        this(WordLexicon.builtIn());
    }

    public DictionaryWordSegmenter(WordLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public List<WordToken> segment(String text, List<TextSpan> protectedSpans) {
        List<WordToken> atoms = scanner.segment(text, protectedSpans);
        List<WordToken> out = new ArrayList<>(atoms.size());
        int i = 0;
        while (i < atoms.size()) {
            if (!isSyllable(atoms.get(i))) {
                out.add(atoms.get(i++));
                continue;
            }
            int end = i + 1;
            while (end < atoms.size() && isSyllable(atoms.get(end))
                    && onOneLine(text, atoms.get(end - 1).end(), atoms.get(end).start())) {
                end++;
            }
            segmentPhrase(text, atoms.subList(i, end), startsSentence(text, atoms, i), out);
            i = end;
        }
        return out;
    }

    private static boolean isSyllable(WordToken t) {
        return t.kind() == TokenKind.WORD && t.text().indexOf('-') < 0;
    }

    private static boolean onOneLine(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!SyllableScanner.isHorizontalSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the syllable at {@code index} opens a sentence, line or bracketed part. */
    private static boolean startsSentence(String text, List<WordToken> atoms, int index) {
        if (index == 0) {
            return true;
        }
        WordToken previous = atoms.get(index - 1);
        if (!onOneLine(text, previous.end(), atoms.get(index).start())) {
            return true;
        }
        return previous.kind() == TokenKind.PUNCTUATION && SENTENCE_BREAKS.indexOf(previous.text().charAt(0)) >= 0
                || previous.kind() == TokenKind.NUMBER || previous.kind() == TokenKind.SYMBOL;
    }

    /** Joins one run of syllables: best lexicon reading first, then capitalised runs as names. */
    private void segmentPhrase(String text, List<WordToken> syllables, boolean sentenceStart, List<WordToken> out) {
        int n = syllables.size();
        String[] keys = new String[n];
        for (int k = 0; k < n; k++) {
            keys[k] = SyllableKey.of(syllables.get(k).text());
        }
        // best[k]: the greatest total association of the words of a reading of the first k syllables (a single
        // syllable adds nothing); ties keep the reading with fewer, longer words.
        double[] best = new double[n + 1];
        int[] length = new int[n + 1];
        for (int k = 1; k <= n; k++) {
            best[k] = best[k - 1];
            length[k] = 1;
            StringBuilder key = new StringBuilder(keys[k - 1]);
            for (int len = 2; len <= Math.min(lexicon.maxSyllables(), k); len++) {
                key.insert(0, ' ').insert(0, keys[k - len]);
                float strength = lexicon.strength(key.toString());
                if (strength > 0) {
                    double score = best[k - len] + strength;
                    if (score >= best[k]) {
                        best[k] = score;
                        length[k] = len;
                    }
                }
            }
        }
        int[] wordLength = new int[n];
        for (int k = n; k > 0; k -= length[k]) {
            wordLength[k - length[k]] = length[k];
        }
        int k = 0;
        while (k < n) {
            if (wordLength[k] > 1) {
                out.add(join(text, syllables, k, k + wordLength[k]));
                k += wordLength[k];
                continue;
            }
            int runEnd = k;
            while (runEnd < n && wordLength[runEnd] == 1 && isCapitalised(syllables.get(runEnd).text())) {
                runEnd++;
            }
            int runStart = k;
            while (runEnd - runStart >= 2 && (NAME_PREFIXES.contains(keys[runStart])
                    || runStart == 0 && sentenceStart && lexicon.isLowerCaseSyllable(keys[0]))) {
                out.add(syllables.get(runStart++));
            }
            if (runEnd - runStart >= 2 && runEnd - runStart <= MAX_NAME_SYLLABLES) {
                out.add(join(text, syllables, runStart, runEnd));
            } else {
                for (int s = runStart; s < Math.max(runEnd, runStart + 1); s++) {
                    out.add(syllables.get(s));
                }
            }
            k = Math.max(runEnd, runStart + 1);
        }
    }

    private static Set<String> readKeys(String resource) {
        try (InputStream in = DictionaryWordSegmenter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource org/vanban/segment/" + resource + " is missing");
            }
            Set<String> keys = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(SyllableKey.of(line.strip()));
                }
            }
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Hải", "Long", "A": an upper-case first letter and no other upper-case letter (so not "UBND" or "HOẠCH"). */
    private static boolean isCapitalised(String syllable) {
        if (!Character.isUpperCase(syllable.charAt(0))) {
            return false;
        }
        for (int i = 1; i < syllable.length(); i++) {
            if (Character.isUpperCase(syllable.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static WordToken join(String text, List<WordToken> syllables, int from, int to) {
        return WordToken.of(text, syllables.get(from).start(), syllables.get(to - 1).end(), TokenKind.WORD);
    }
}
