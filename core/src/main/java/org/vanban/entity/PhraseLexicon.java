package org.vanban.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases matched token by token, ignoring case and tone-mark placement, longest match first.
 * Loaded from a resource file with one phrase a line, optionally followed by a tab and a tag; {@code #} starts a
 * comment. Immutable once built, so one instance can serve many threads.
 */
public final class PhraseLexicon {

    /** A match: how many tokens it covers and the tags of the phrase (comma-separated when it has several). */
    public record Match(int length, String tag) {

        /** True if the phrase carries {@code wanted} among its tags. */
        public boolean has(String wanted) {
            for (String t : tag.split(",")) {
                if (t.equals(wanted)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        String tag;
    }

    private final Node root = new Node();
    private final String name;
    private int size;
    private int longest;

    private PhraseLexicon(String name) {
        this.name = name;
    }

    /** Loads a lexicon from a class-path resource next to {@code anchor}. */
    public static PhraseLexicon load(Class<?> anchor, String resource) {
        PhraseLexicon lexicon = new PhraseLexicon(resource);
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource + " next to " + anchor);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                String phrase = line;
                String tag = "";
                int tab = line.indexOf('\t');
                if (tab >= 0) {
                    phrase = line.substring(0, tab);
                    tag = line.substring(tab + 1).strip();
                }
                phrase = phrase.strip();
                if (!phrase.isEmpty()) {
                    lexicon.add(phrase, tag);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return lexicon;
    }

    /** A lexicon of the given phrases, all with the same tag (for tests and small built-in lists). */
    public static PhraseLexicon of(String name, String tag, List<String> phrases) {
        PhraseLexicon lexicon = new PhraseLexicon(name);
        phrases.forEach(p -> lexicon.add(p, tag));
        return lexicon;
    }

    private void add(String phrase, String tag) {
        List<Token> tokens = TokenizedText.of(phrase).tokens();
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.key(), k -> new Node());
        }
        if (node.tag == null) {
            size++;
            node.tag = tag;
        } else if (!new Match(0, node.tag).has(tag)) {
            node.tag = node.tag + "," + tag;
        }
        longest = Math.max(longest, tokens.size());
    }

    /** The longest phrase that starts at token {@code from} and ends at or before {@code limit}, or null. */
    public Match match(List<Token> tokens, int from, int limit) {
        Node node = root;
        Match best = null;
        int end = Math.min(limit, Math.min(tokens.size(), from + longest));
        for (int i = from; i < end; i++) {
            node = node.next.get(tokens.get(i).key());
            if (node == null) {
                break;
            }
            if (node.tag != null) {
                best = new Match(i - from + 1, node.tag);
            }
        }
        return best;
    }

    public Match match(List<Token> tokens, int from) {
        return match(tokens, from, tokens.size());
    }

    /** True if the whole of {@code phrase} is an entry. */
    public boolean contains(String phrase) {
        List<Token> tokens = TokenizedText.of(phrase).tokens();
        Match m = match(tokens, 0);
        return m != null && m.length() == tokens.size();
    }

    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "PhraseLexicon[" + name + ", " + size + " phrases]";
    }
}
