package org.vanban.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default normaliser, in four passes, each recorded in the offset map of the {@link NormalizedText}:
 * <ol>
 * <li>characters ({@code characters.tsv}): CRLF and CR to LF, every Unicode space to a space, look-alikes of Đ/đ
 * to Đ/đ (replacements keep the length), soft hyphens, zero-width characters and byte-order marks removed;</li>
 * <li>NFC, one cluster (a character and the combining marks after it) at a time, so that the map stays exact;</li>
 * <li>tone marks moved to the place the {@link ToneStyle} gives ({@link VietnameseSyllable#toneIndex(ToneStyle)}),
 * which keeps the length;</li>
 * <li>a line break inside a citation symbol joined ({@code 04/2015/NĐ-\nCP}, {@code 60/2024/\nQH15},
 * {@code 04/2015/NĐ\n-CP}), as PDF and Markdown line wrapping leave them.</li>
 * </ol>
 * Thread-safe and idempotent.
 */
public final class VietnameseNormalizer implements TextNormalizer {

    private static final char REMOVE = '\uFFFF';
    /** For each BMP char: itself, its replacement, or {@link #REMOVE}. */
    private static final char[] REPLACEMENT = loadReplacements();

    /** What follows a break in a symbol: letters of symbols only (ASCII and Đ), starting with two capitals. */
    private static final String SYMBOL_TAIL = "[A-ZĐ]{2}[A-Za-zĐđ0-9]*(?:[/-][A-Za-zĐđ0-9]+)*";

    /**
     * A symbol broken after its separator: the number and the parts before the break, then the break (one line
     * end, or two where HTML made each line a paragraph), then a part that starts with two capitals ("CP", "QH15",
     * "TTg", "NQ/TW").
     */
    private static final Pattern BREAK_AFTER_SEPARATOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])(?<left>\\p{N}{1,5}(?:[/-][\\p{L}\\p{N}]{1,15}){0,4}[/-])"
                    + "(?<break>[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*)"
                    + "(?<right>" + SYMBOL_TAIL + ")(?![\\p{L}\\p{N}])");
    /** A symbol broken before its separator: "04/2015/NĐ" then the break, then "-CP". */
    private static final Pattern BREAK_BEFORE_SEPARATOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])(?<left>\\p{N}{1,5}(?:[/-][\\p{L}\\p{N}]{1,15}){1,4})"
                    + "(?<break>[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*)"
                    + "(?<right>[/-]" + SYMBOL_TAIL + ")(?![\\p{L}\\p{N}])");
    private static final int MAX_JOIN_ROUNDS = 8;

    private final ToneStyle toneStyle;

    /** Normalises to {@link ToneStyle#TRADITIONAL}. */
    public VietnameseNormalizer() {
        this(ToneStyle.TRADITIONAL);
    }

    public VietnameseNormalizer(ToneStyle toneStyle) {
        this.toneStyle = Objects.requireNonNull(toneStyle, "toneStyle");
    }

    public ToneStyle toneStyle() {
        return toneStyle;
    }

    @Override
    public NormalizedText normalize(String raw) {
        Objects.requireNonNull(raw, "raw");
        Pass chars = replaceCharacters(raw);
        Pass nfc = composeClusters(chars.text);
        char[] toned = nfc.text.toCharArray();
        if (toneStyle != ToneStyle.AS_WRITTEN) {
            placeToneMarks(toned, toneStyle);
        }
        Pass joined = joinBrokenSymbols(new String(toned));
        int[] map = compose(compose(chars.map, nfc.map), joined.map);
        return new NormalizedText(joined.text, map);
    }

    /** A text and its map back to the previous pass's text, null when aligned. */
    private record Pass(String text, int[] map) {
    }

    private static Pass replaceCharacters(String s) {
        int n = s.length();
        StringBuilder out = null;
        int[] map = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char r = REPLACEMENT[c];
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                r = REMOVE;
            }
            if (r == REMOVE && out == null) {
                out = new StringBuilder(n);
                out.append(s, 0, i);
                map = new int[n + 1];
                for (int k = 0; k < i; k++) {
                    map[k] = k;
                }
            }
            if (out != null) {
                if (r != REMOVE) {
                    map[out.length()] = i;
                    out.append(r);
                }
            } else if (r != c) {
                out = new StringBuilder(n);
                out.append(s, 0, i).append(r);
                map = new int[n + 1];
                for (int k = 0; k <= i; k++) {
                    map[k] = k;
                }
            }
        }
        if (out == null) {
            return new Pass(s, null);
        }
        map[out.length()] = n;
        boolean aligned = out.length() == n;
        return new Pass(out.toString(), aligned ? null : Arrays.copyOf(map, out.length() + 1));
    }

    /**
     * NFC cluster by cluster. A cluster is a character and the characters after it that may combine with it
     * (combining marks, Hangul vowel and final jamo). Each output character maps to the source character at the
     * same position in its cluster, or to the cluster's last character when NFC made the cluster longer.
     */
    private static Pass composeClusters(String s) {
        if (Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return new Pass(s, null);
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n * 2 + 1];
        int i = 0;
        while (i < n) {
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < n && combinesBackward(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String cluster = s.substring(i, end);
            String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
            if (out.length() + composed.length() >= map.length) {
                map = Arrays.copyOf(map, Math.max(map.length * 2, out.length() + composed.length() + 1));
            }
            for (int k = 0; k < composed.length(); k++) {
                map[out.length() + k] = i + Math.min(k, cluster.length() - 1);
            }
            out.append(composed);
            i = end;
        }
        String text = out.toString();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            // Scripts whose starters compose with each other across clusters: normalise the whole text; the map
            // is then only approximate (clamped), but still monotone and within the source.
            text = Normalizer.normalize(s, Normalizer.Form.NFC);
            map = new int[text.length() + 1];
            for (int k = 0; k <= text.length(); k++) {
                map[k] = Math.min(k, n);
            }
            map[text.length()] = n;
            return new Pass(text, map);
        }
        map[text.length()] = n;
        return new Pass(text, text.length() == n ? null : Arrays.copyOf(map, text.length() + 1));
    }

    private static boolean combinesBackward(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (cp >= 0x1160 && cp <= 0x11FF)
                || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    /** Moves tone marks in place; syllables that do not parse are left as written. */
    static void placeToneMarks(char[] text, ToneStyle style) {
        int i = 0;
        while (i < text.length) {
            if (!Character.isLetter(text[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length && Character.isLetter(text[i])) {
                i++;
            }
            // A mark left uncomposed after the word (a second tone mark) would attach to a moved letter.
            boolean markFollows = i < text.length && combinesBackward(text[i]);
            if (i - start <= 8 && !markFollows) {
                VietnameseSyllable syllable = VietnameseSyllable.parse(new String(text, start, i - start));
                if (syllable != null) {
                    int target = syllable.toneIndex(style);
                    if (target != syllable.toneIndex()) {
                        syllable.withToneAt(target).getChars(0, i - start, text, start);
                    }
                }
            }
        }
    }

    private static Pass joinBrokenSymbols(String s) {
        if (s.indexOf('\n') < 0) {
            return new Pass(s, null);
        }
        String text = s;
        int[] map = null;
        for (int round = 0; round < MAX_JOIN_ROUNDS; round++) {
            Pass after = removeGroup(text, BREAK_AFTER_SEPARATOR);
            Pass before = removeGroup(after.text, BREAK_BEFORE_SEPARATOR);
            int[] roundMap = compose(after.map, before.map);
            if (roundMap == null) {
                break;
            }
            map = compose(map, roundMap);
            text = before.text;
        }
        return new Pass(text, map);
    }

    /** Removes the group "break" of every symbol match; the map sends each kept character to its index in s. */
    private static Pass removeGroup(String s, Pattern pattern) {
        Matcher m = pattern.matcher(s);
        if (!m.find()) {
            return new Pass(s, null);
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int copied = 0;
        do {
            char next = m.end() < s.length() ? s.charAt(m.end()) : ' ';
            if (!isSymbol(m.group("left"), m.group("right"), next)) {
                continue;
            }
            for (int k = copied; k < m.start("break"); k++) {
                map[out.length()] = k;
                out.append(s.charAt(k));
            }
            copied = m.end("break");
        } while (m.find());
        if (copied == 0) {
            return new Pass(s, null);
        }
        for (int k = copied; k < s.length(); k++) {
            map[out.length()] = k;
            out.append(s.charAt(k));
        }
        map[out.length()] = s.length();
        return new Pass(out.toString(), Arrays.copyOf(map, out.length() + 1));
    }

    /**
     * Two parts around a break make a symbol when one of them has a slash, or the tail has a hyphen or goes on
     * with one after another break: "04/2015/NĐ-" + "CP", "25-" + "NQ/TW", "08-" + "NQ/" + "TU"; not "năm 2022-" +
     * "KHAI".
     */
    private static boolean isSymbol(String left, String right, char next) {
        return left.indexOf('/') >= 0 || right.indexOf('/') >= 0 || right.indexOf('-', 1) >= 0 || next == '/'
                || next == '-';
    }

    /** The map of two passes in a row: {@code second} maps into the output of {@code first}. */
    private static int[] compose(int[] first, int[] second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        int[] out = new int[second.length];
        for (int i = 0; i < second.length; i++) {
            out[i] = first[second[i]];
        }
        return out;
    }

    private static char[] loadReplacements() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = VietnameseNormalizer.class.getResourceAsStream("characters.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource characters.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                char from = (char) Integer.parseInt(f[0], 16);
                table[from] = f[1].equals("-") ? REMOVE : (char) Integer.parseInt(f[1], 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
