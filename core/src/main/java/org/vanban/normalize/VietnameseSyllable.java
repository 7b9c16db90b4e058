package org.vanban.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One written Vietnamese syllable split into onset, vowels and coda, with its tone mark: what tone-mark placement
 * and the detection of legacy encodings need to know about the spelling. A syllable is an optional onset
 * ({@code onsets.txt}) plus a rhyme ({@code rhymes.txt}), at most one tone mark, and only the sắc or nặng tone
 * after a final c, ch, p or t. Immutable.
 */
public final class VietnameseSyllable {

    /** The six tones, by the mark that writes them. */
    public enum Tone {
        /** ngang: no mark. */
        LEVEL('\0'),
        /** huyền. */
        GRAVE('\u0300'),
        /** sắc. */
        ACUTE('\u0301'),
        /** hỏi. */
        HOOK('\u0309'),
        /** ngã. */
        TILDE('\u0303'),
        /** nặng. */
        DOT('\u0323');

        private final char combiningMark;

        Tone(char combiningMark) {
            this.combiningMark = combiningMark;
        }

        /** The combining character that writes this tone; {@code '\0'} for the level tone. */
        public char combiningMark() {
            return combiningMark;
        }
    }

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String MARKED_VOWELS = "ăâêôơư";
    private static final String CONSONANTS = "bcdđghklmnpqrstvx";
    private static final int MAX_LENGTH = 8;

    /** Every Vietnamese letter, both cases, to its letter without tone (lower case) and its tone. */
    private static final Map<Character, Character> BASE = new HashMap<>();
    private static final Map<Character, Tone> TONE = new HashMap<>();
    /** (lower-case toneless letter, tone) to the letter, lower case. */
    private static final Map<String, Character> COMPOSED = new HashMap<>();
    private static final List<String> ONSETS;
    private static final Set<String> RHYMES;

    static {
        for (char c : (VOWELS + CONSONANTS).toCharArray()) {
            for (Tone tone : Tone.values()) {
                if (tone != Tone.LEVEL && VOWELS.indexOf(c) < 0) {
                    continue;
                }
                String s = tone == Tone.LEVEL ? String.valueOf(c)
                        : Normalizer.normalize(c + String.valueOf(tone.combiningMark), Normalizer.Form.NFC);
                if (s.length() != 1) {
                    throw new IllegalStateException("no precomposed letter for " + c + " " + tone);
                }
                char lower = s.charAt(0);
                char upper = s.toUpperCase(Locale.ROOT).charAt(0);
                COMPOSED.put(c + tone.name(), lower);
                BASE.put(lower, c);
                BASE.put(upper, c);
                TONE.put(lower, tone);
                TONE.put(upper, tone);
            }
        }
        List<String> onsets = readList("onsets.txt");
        onsets.sort(Comparator.comparingInt(String::length).reversed());
        onsets.add("");
        ONSETS = List.copyOf(onsets);
        RHYMES = Set.copyOf(new HashSet<>(readList("rhymes.txt")));
    }

    private final String word;
    private final String onset;
    private final int firstVowel;
    private final int vowelCount;
    private final boolean consonantCoda;
    private final Tone tone;
    private final int toneIndex;

    private VietnameseSyllable(String word, String onset, int firstVowel, int vowelCount, boolean consonantCoda,
            Tone tone, int toneIndex) {
        this.word = word;
        this.onset = onset;
        this.firstVowel = firstVowel;
        this.vowelCount = vowelCount;
        this.consonantCoda = consonantCoda;
        this.tone = tone;
        this.toneIndex = toneIndex;
    }

    /**
     * Parses one word in NFC, in any case.
     *
     * @return the syllable, or null when the word is not a well-formed Vietnamese syllable
     */
    public static VietnameseSyllable parse(CharSequence word) {
        int n = word.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        StringBuilder bare = new StringBuilder(n);
        Tone tone = Tone.LEVEL;
        int toneIndex = -1;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            Character base = BASE.get(c);
            if (base == null) {
                return null;
            }
            Tone t = TONE.get(c);
            if (t != Tone.LEVEL) {
                if (toneIndex >= 0) {
                    return null;
                }
                tone = t;
                toneIndex = i;
            }
            bare.append(base.charValue());
        }
        String b = bare.toString();
        for (String onset : ONSETS) {
            if (!b.startsWith(onset)) {
                continue;
            }
            String rhyme = b.substring(onset.length());
            if (!RHYMES.contains(rhyme)) {
                continue;
            }
            boolean stopped = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p")
                    || rhyme.endsWith("t");
            if (stopped && tone != Tone.ACUTE && tone != Tone.DOT) {
                return null;
            }
            int vowels = 0;
            while (vowels < rhyme.length() && VOWELS.indexOf(rhyme.charAt(vowels)) >= 0) {
                vowels++;
            }
            if (toneIndex >= 0 && toneIndex < onset.length() && !(onset.equals("gi") || onset.equals("qu"))) {
                return null;
            }
            return new VietnameseSyllable(word.toString(), onset, onset.length(), vowels, vowels < rhyme.length(),
                    tone, toneIndex);
        }
        return null;
    }

    /** True when {@code word} is a well-formed Vietnamese syllable. */
    public static boolean isSyllable(CharSequence word) {
        return parse(word) != null;
    }

    /** True for the letters of the Vietnamese alphabet, with or without tone marks, in either case. */
    public static boolean isVietnameseLetter(char c) {
        return BASE.containsKey(c);
    }

    public String word() {
        return word;
    }

    /** The initial consonant in lower case without tone ("ngh", "qu", "gi"), or "" when the syllable has none. */
    public String onset() {
        return onset;
    }

    public Tone tone() {
        return tone;
    }

    /** Index in {@link #word()} of the letter that carries the tone mark, or -1 for the level tone. */
    public int toneIndex() {
        return toneIndex;
    }

    /**
     * Where the tone mark belongs in the given style. The two styles differ only in open syllables whose vowels are
     * oa, oe or uy ("hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ"); elsewhere both put the mark on the vowel with its own
     * mark (ơ in "ươ"), else on the last vowel before a final consonant, else on the middle of three vowels, else on
     * the first. The u of "qu" and the i of "gi" are part of the onset, and a mark written on them is left there.
     *
     * @return the index in {@link #word()}, or -1 for the level tone
     */
    public int toneIndex(ToneStyle style) {
        if (toneIndex < 0 || style == ToneStyle.AS_WRITTEN || toneIndex < firstVowel) {
            return toneIndex;
        }
        int last = firstVowel + vowelCount - 1;
        for (int i = last; i >= firstVowel; i--) {
            if (MARKED_VOWELS.indexOf(BASE.get(word.charAt(i))) >= 0) {
                return i;
            }
        }
        if (consonantCoda) {
            return last;
        }
        if (vowelCount == 3) {
            return firstVowel + 1;
        }
        if (vowelCount == 2) {
            String pair = "" + BASE.get(word.charAt(firstVowel)) + BASE.get(word.charAt(firstVowel + 1));
            boolean disputed = pair.equals("oa") || pair.equals("oe") || pair.equals("uy");
            return disputed && style == ToneStyle.MODERN ? firstVowel + 1 : firstVowel;
        }
        return firstVowel;
    }

    /** The word with its tone mark moved to the letter at {@code index}, each letter keeping its case. */
    public String withToneAt(int index) {
        if (toneIndex < 0 || index == toneIndex) {
            return word;
        }
        char[] chars = word.toCharArray();
        chars[toneIndex] = compose(chars[toneIndex], Tone.LEVEL);
        chars[index] = compose(chars[index], tone);
        return new String(chars);
    }

    private static char compose(char letter, Tone tone) {
        char composed = COMPOSED.get(BASE.get(letter) + tone.name());
        return Character.isUpperCase(letter) ? Character.toUpperCase(composed) : composed;
    }

    @Override
    public String toString() {
        return word;
    }

    private static List<String> readList(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = VietnameseSyllable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(Normalizer.normalize(s, Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
