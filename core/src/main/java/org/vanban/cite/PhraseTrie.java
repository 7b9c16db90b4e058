package org.vanban.cite;

import java.util.Arrays;

/**
 * A trie of phrases (type words, law names, issuer phrases) matched against the text at a position, ignoring case,
 * diacritics and the width of the whitespace between words (a run of spaces with at most one line break matches
 * one space). Finds the longest phrase that ends at a word boundary. Immutable once built; matching allocates only
 * the result.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTrie<V> {

    /** A phrase found in the text: it ends before {@code end}. */
    record Match<V>(int end, V value) {
    }

    private static final class Node<V> {
        private char[] keys = new char[0];
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array; only Node<V>s are ever stored in it
        private Node<V>[] children = new Node[0];
        private V value;

        Node<V> child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node<V> addChild(char c) {
            Node<V> existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            Node<V> n = new Node<>();
            keys[keys.length - 1] = c;
            children[children.length - 1] = n;
            return n;
        }
    }

    private final Node<V> root = new Node<>();
    /** The root's children by folded ASCII character: the probe at every word start is one array read. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array; only Node<V>s are ever stored in it
    private final Node<V>[] rootByChar = new Node[128];
    private int size;

    /** Adds a phrase; the first value added for a phrase wins. */
    PhraseTrie<V> add(String phrase, V value) {
        String folded = Folding.foldPhrase(phrase);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> n = root;
        for (int i = 0; i < folded.length(); i++) {
            n = n.addChild(folded.charAt(i));
            if (i == 0 && folded.charAt(0) < rootByChar.length) {
                rootByChar[folded.charAt(0)] = n;
            }
        }
        if (n.value == null) {
            n.value = value;
            size++;
        }
        return this;
    }

    int size() {
        return size;
    }

    /** Does some phrase start with the folded character {@code c}? A cheap test before {@link #longest}. */
    boolean mayStartWith(char c) {
        return rootChild(Folding.fold(c)) != null;
    }

    private Node<V> rootChild(char folded) {
        return folded < rootByChar.length ? rootByChar[folded] : root.child(folded);
    }

    /** The longest phrase that starts at {@code at} and ends at a word boundary, or null. */
    Match<V> longest(CharSequence text, int at) {
        Node<V> n = root;
        int i = at;
        int len = text.length();
        int bestEnd = -1;
        V best = null;
        while (i < len) {
            char c = text.charAt(i);
            int next;
            if (TextScan.isSpace(c)) {
                next = TextScan.skipSpaces(text, i, 1);
                if (next == i) {
                    break;
                }
                c = ' ';
            } else {
                next = i + 1;
                c = Folding.fold(c);
            }
            n = n == root ? rootChild(c) : n.child(c);
            if (n == null) {
                break;
            }
            i = next;
            if (n.value != null && TextScan.wordEndsAt(text, i) && c != ' ') {
                bestEnd = i;
                best = n.value;
            }
        }
        return best == null ? null : new Match<>(bestEnd, best);
    }
}
