package org.vanban.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the text ({@code end} excludes the line feed) with its Markdown-free form, computed on first use
 * (most lines of a long document are only looked at for an outline label). A line belongs to one parse call
 * and is never shared between threads.
 */
final class Line {

    private final int start;
    private final int end;
    private final String raw;
    private String plain;
    private String folded;

    private Line(int start, int end, String raw) {
        this.start = start;
        this.end = end;
        this.raw = raw;
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            lines.add(new Line(start, end, text.substring(start, end)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    /** Offset of its first character. */
    int start() {
        return start;
    }

    /** Offset just past its last character. */
    int end() {
        return end;
    }

    /** The line as printed. */
    String raw() {
        return raw;
    }

    /**
     * The line without Markdown marks ({@code #} heading marks, {@code *} emphasis, table pipes and underscores
     * at either end), whitespace collapsed, trimmed.
     */
    String plain() {
        if (plain == null) {
            plain = Markup.plain(raw);
        }
        return plain;
    }

    /** {@link #plain()} without diacritics, lower case (same length). */
    String folded() {
        if (folded == null) {
            folded = Folding.fold(plain());
        }
        return folded;
    }

    boolean isBlank() {
        return plain().isEmpty();
    }

    /** Blank, or only rules, pipes and emphasis marks ("-------", "|", "** **"). */
    boolean isSeparator() {
        return Markup.isSeparator(raw);
    }

    /** The first character of {@link #plain()} without computing it, or 0 for a blank line. */
    char firstPlainChar() {
        int i = 0;
        while (i < raw.length() && (Markup.isSpace(raw.charAt(i)) || raw.charAt(i) == '#' || raw.charAt(i) == '>'
                || raw.charAt(i) == '*' || raw.charAt(i) == '|' || raw.charAt(i) == '_')) {
            i++;
        }
        return i < raw.length() ? raw.charAt(i) : 0;
    }

    /** The last character of {@link #plain()} without computing it, or 0 for a blank line. */
    char lastPlainChar() {
        int i = raw.length() - 1;
        while (i >= 0 && (Markup.isSpace(raw.charAt(i)) || Character.isWhitespace(raw.charAt(i))
                || raw.charAt(i) == '*' || raw.charAt(i) == '|' || raw.charAt(i) == '_')) {
            i--;
        }
        return i >= 0 ? raw.charAt(i) : 0;
    }

    /** Offset of the first non-blank character, or {@code start} if there is none. */
    int contentStart() {
        for (int i = 0; i < raw.length(); i++) {
            if (!Markup.isSpace(raw.charAt(i))) {
                return start + i;
            }
        }
        return start;
    }
}
