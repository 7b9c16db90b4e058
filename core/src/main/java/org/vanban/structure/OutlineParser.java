package org.vanban.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the outline: every line that begins with an outline label, with its level, label, title and extent.
 * See {@code package-info.java} for the conventions.
 */
final class OutlineParser {

    private static final int MAX_BOLD_LINES = 4;
    private static final int MAX_WRAP_LINES = 3;
    /** A line this long that runs into the next one is taken to be hard-wrapped (converted PDF or web text). */
    private static final int WRAP_WIDTH = 24;

    /** A heading before levels and ends are known. */
    private record Found(Heading heading, int start, String title, int region) {
    }

    /** A range of lines to scan, {@code [fromLine, toLine)}, whose content ends at {@code end}. */
    record Region(int fromLine, int toLine, int end) {
    }

    List<Section> parse(String text, List<Line> lines, List<Region> regions) {
        boolean hardWrapped = isHardWrapped(lines);
        List<Found> found = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            for (int i = region.fromLine(); i < region.toLine() && i < lines.size(); i++) {
                Line line = lines.get(i);
                Heading h = Heading.match(line.raw());
                if (h == null) {
                    continue;
                }
                String title = title(lines, i, h, region.toLine(), hardWrapped);
                found.add(new Found(h, line.start() + h.lineOffset(), title, r));
            }
        }
        int[] levels = levels(found);
        List<Section> sections = new ArrayList<>(found.size());
        int[] ends = ends(text, found, levels, regions);
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            sections.add(new Section(levels[k], f.heading().label(), f.title(), f.start(), ends[k]));
        }
        return sections;
    }

    // ---------------------------------------------------------------- titles

    private static String title(List<Line> lines, int i, Heading h, int toLine, boolean hardWrapped) {
        String raw = lines.get(i).raw();
        StringBuilder sb = new StringBuilder(raw.substring(Math.min(h.titleFrom(), raw.length())));
        int marks = Markup.boldMarks(raw);
        int next = i + 1;
        if (h.boldOpen() && marks % 2 == 1) {
            // "**I. MỤC\nĐÍCH, YÊU CẦU**": the bold heading runs until its closing marks.
            for (int k = 0; k < MAX_BOLD_LINES && next < toLine; k++, next++) {
                String cont = lines.get(next).raw();
                if (lines.get(next).isBlank() || Heading.match(cont) != null) {
                    break;
                }
                sb.append(' ').append(cont);
                if (Markup.boldMarks(cont) % 2 == 1) {
                    next++;
                    break;
                }
            }
        } else if (Markup.plain(sb).isEmpty()) {
            // "Chương I" with its name on the next line (which may run on in bold: "**TRÁCH NHIỆM CỦA BAN CHỈ\nĐẠO**").
            for (int k = next; k < toLine && k <= next + 2; k++) {
                Line cand = lines.get(k);
                if (cand.isSeparator()) {
                    continue;
                }
                if (Heading.match(cand.raw()) == null && !startsWithBullet(cand.plain())) {
                    sb.append(cand.raw());
                    boolean open = cand.raw().strip().startsWith("**") && Markup.boldMarks(cand.raw()) % 2 == 1;
                    for (int c = k + 1; open && c < toLine && c <= k + MAX_BOLD_LINES; c++) {
                        Line cont = lines.get(c);
                        if (cont.isBlank() || Heading.match(cont.raw()) != null) {
                            break;
                        }
                        sb.append(' ').append(cont.raw());
                        open = Markup.boldMarks(cont.raw()) % 2 == 0;
                    }
                }
                break;
            }
        } else {
            // A paragraph broken by hard line wraps: continue while the next line carries on the sentence.
            for (int k = 0; k < MAX_WRAP_LINES && next < toLine; k++, next++) {
                String current = Markup.plain(sb);
                if (firstSentenceEnd(current) >= 0 || current.endsWith(":") || current.endsWith(";")) {
                    break;
                }
                Line cont = lines.get(next);
                String p = cont.plain();
                if (p.isEmpty() || Heading.match(cont.raw()) != null || startsWithBullet(p)
                        || cont.raw().strip().startsWith("**")) {
                    break;
                }
                // A small letter or a digit carries the sentence on; a capital does so only in text that is
                // hard-wrapped throughout (the heading line then runs to about the wrap width).
                String previous = lines.get(next - 1).raw().strip();
                boolean runOnText = Markup.boldMarks(previous) > 0 && !previous.endsWith("**");
                boolean carries = Character.isLowerCase(p.codePointAt(0)) || startsWithNumberNotLabel(p)
                        || (hardWrapped && (runOnText || previous.length() >= WRAP_WIDTH));
                if (!carries) {
                    break;
                }
                sb.append(' ').append(cont.raw());
            }
        }
        return cleanTitle(sb);
    }

    /**
     * Whether the text breaks its paragraphs into lines: at least one line in ten (and three in all) runs on
     * into a next line that starts with a small letter.
     */
    static boolean isHardWrapped(List<Line> lines) {
        int nonBlank = 0;
        int runOn = 0;
        for (int i = 0; i < lines.size(); i++) {
            char last = lines.get(i).lastPlainChar();
            if (last == 0) {
                continue;
            }
            nonBlank++;
            if (i + 1 < lines.size() && ".;:!?".indexOf(last) < 0
                    && Character.isLowerCase(lines.get(i + 1).firstPlainChar())) {
                runOn++;
            }
        }
        return runOn >= 3 && runOn * 10 >= nonBlank;
    }

    /** "158/2018/NĐ-CP …" carries a sentence on; "1- Đánh giá" or "2) …" starts an item. */
    private static boolean startsWithNumberNotLabel(String plain) {
        int i = 0;
        while (i < plain.length() && Character.isDigit(plain.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        return i >= plain.length() || ".)-–".indexOf(plain.charAt(i)) < 0 || i + 1 >= plain.length()
                || !Character.isWhitespace(plain.charAt(i + 1));
    }

    private static boolean startsWithBullet(String plain) {
        return !plain.isEmpty() && "-–—+•·".indexOf(plain.charAt(0)) >= 0;
    }

    /**
     * Emphasis and heading marks removed, whitespace collapsed, cut at the end of the first sentence (a single
     * "." followed by whitespace; "..." is not one), trimmed, and a trailing ":" or single "." dropped.
     */
    static String cleanTitle(CharSequence raw) {
        String s = Markup.plain(raw);
        while (s.endsWith("#")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        int cut = firstSentenceEnd(s);
        if (cut >= 0) {
            s = s.substring(0, cut + 1);
        }
        s = s.strip();
        if (s.endsWith("./.")) {
            s = s.substring(0, s.length() - 3).strip(); // the closing mark of a document
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.endsWith(".") && !s.endsWith("..")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Index of the first "." that stands alone and is followed by whitespace, or -1. */
    static int firstSentenceEnd(String s) {
        for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            if ((i == 0 || s.charAt(i - 1) != '.') && s.charAt(i + 1) != '.'
                    && Character.isWhitespace(s.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- levels

    private static final Set<Heading.Kind> LEGAL_UNITS =
            EnumSet.of(Heading.Kind.CHAPTER, Heading.Kind.SECTION, Heading.Kind.ARTICLE);

    /**
     * Administrative labels have fixed levels (I. 1, 1. 2, 1.1. 3, a) one below the Arabic heading above it, 3
     * by default). Legal units rank among those the document uses (Chương, Mục, Điều), the highest at 1; khoản
     * ("1.") and điểm ("a)") inside an article sit one and two below the article. Phần (part) is 0.
     */
    private static int[] levels(List<Found> found) {
        Set<Heading.Kind> present = EnumSet.noneOf(Heading.Kind.class);
        for (Found f : found) {
            if (LEGAL_UNITS.contains(f.heading().kind())) {
                present.add(f.heading().kind());
            }
        }
        int chapter = 1;
        int section = present.contains(Heading.Kind.CHAPTER) ? 2 : 1;
        int article = section + (present.contains(Heading.Kind.SECTION) ? 1 : 0);
        int[] levels = new int[found.size()];
        boolean inArticle = false;
        int lastRegion = -1;
        int arabicLevel = 2;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.region() != lastRegion) {
                inArticle = false;
                arabicLevel = 2;
                lastRegion = f.region();
            }
            Heading h = f.heading();
            int level;
            switch (h.kind()) {
                case PART -> {
                    level = 0;
                    inArticle = false;
                }
                case CHAPTER -> {
                    level = chapter;
                    inArticle = false;
                }
                case SECTION -> {
                    level = section;
                    inArticle = false;
                }
                case ARTICLE -> {
                    level = article;
                    inArticle = true;
                }
                case ROMAN -> {
                    level = 1;
                    inArticle = false;
                    arabicLevel = 2;
                }
                case ARABIC -> {
                    level = inArticle ? article + h.depth() : 1 + h.depth();
                    arabicLevel = level;
                }
                default -> level = inArticle ? arabicLevel + 1 : Math.max(3, arabicLevel + 1);
            }
            if (h.kind() == Heading.Kind.ARTICLE) {
                arabicLevel = article;
            }
            levels[k] = level;
        }
        return levels;
    }

    // ---------------------------------------------------------------- ends

    /**
     * A section ends where the next heading of the same or a higher level (a smaller number) begins, else where
     * its region ends; trailing whitespace is left out. One pass with a stack: linear in the number of headings.
     */
    private static int[] ends(String text, List<Found> found, int[] levels, List<Region> regions) {
        int[] ends = new int[found.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            while (!open.isEmpty()) {
                int top = open.peek();
                boolean otherRegion = found.get(top).region() != f.region();
                if (otherRegion) {
                    ends[top] = regions.get(found.get(top).region()).end();
                    open.pop();
                } else if (levels[top] >= levels[k]) {
                    ends[top] = f.start();
                    open.pop();
                } else {
                    break;
                }
            }
            open.push(k);
        }
        while (!open.isEmpty()) {
            int top = open.pop();
            ends[top] = regions.get(found.get(top).region()).end();
        }
        for (int k = 0; k < ends.length; k++) {
            int start = found.get(k).start();
            int e = Math.min(ends[k], text.length());
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            ends[k] = Math.max(e, start);
        }
        return ends;
    }
}
