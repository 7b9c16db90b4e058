package org.vanban.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words or phrases from a resource file (one entry a line, {@code #} comments), matched without
 * diacritics or case at word boundaries; the longest entry wins.
 */
final class WordList {

    private final List<String> folded;
    private final Set<String> foldedSet;
    /** The entries in lower case with their diacritics, longest first. */
    private final List<String> lower;

    private WordList(List<String> entries) {
        Set<String> unique = new LinkedHashSet<>();
        Set<String> uniqueLower = new LinkedHashSet<>();
        for (String e : entries) {
            unique.add(Folding.foldEntry(e));
            uniqueLower.add(Normalizer.normalize(e.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " "));
        }
        List<String> sorted = new ArrayList<>(unique);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.folded = List.copyOf(sorted);
        this.foldedSet = Set.copyOf(unique);
        List<String> sortedLower = new ArrayList<>(uniqueLower);
        sortedLower.sort(Comparator.comparingInt(String::length).reversed());
        this.lower = List.copyOf(sortedLower);
    }

    static WordList of(List<String> entries) {
        return new WordList(entries);
    }

    static WordList load(String resource) {
        return new WordList(readLines(resource));
    }

    static List<String> readLines(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " next to " + WordList.class.getName());
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    entries.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return entries;
    }

    /**
     * The length of the longest entry that {@code foldedText} holds at {@code from}, ending at a word boundary,
     * or -1. {@code foldedText} must come from {@link Folding#fold}.
     */
    int matchAt(String foldedText, int from) {
        for (String e : folded) {
            // An entry that ends with a dot ("ts.") needs no word boundary after it ("TS.Nguyễn").
            if (foldedText.startsWith(e, from) && (e.endsWith(".") || isBoundary(foldedText, from + e.length()))) {
                return e.length();
            }
        }
        return -1;
    }

    /**
     * Like {@link #matchAt} but diacritics must agree ("Bộ" is not "Bổ"); {@code lowerText} is the text in lower
     * case (same length as the text).
     */
    int matchExactAt(String lowerText, int from) {
        for (String e : lower) {
            if (lowerText.startsWith(e, from) && (e.endsWith(".") || isBoundary(lowerText, from + e.length()))) {
                return e.length();
            }
        }
        return -1;
    }

    boolean startsWithEntry(String foldedText) {
        return matchAt(foldedText, 0) >= 0;
    }

    boolean containsExactly(String foldedWord) {
        return foldedSet.contains(foldedWord);
    }

    static boolean isBoundary(CharSequence s, int at) {
        return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
    }
}
