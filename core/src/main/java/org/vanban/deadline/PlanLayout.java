package org.vanban.deadline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.entity.PhraseLexicon;
import org.vanban.entity.Token;
import org.vanban.entity.TokenizedText;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.Section;

/**
 * The task-bearing layout of a document body: its blocks (heading lines, "- " / "+ " items, paragraphs, each with
 * its wrapped continuation lines), which block each one hangs under, its sentences, and what the enclosing sections
 * are for (implementation parts, period headings such as "1. Quý I", the account part of a report).
 *
 * <p>Used by the deadline and the assignment extractors. Built per document in linear time; immutable.
 */
public final class PlanLayout {

    /** What starts a block. */
    public enum BlockKind { HEADING, BULLET, PARAGRAPH }

    /**
     * A block of text.
     *
     * @param index        position in {@link #blocks()}
     * @param kind         heading line, bullet item or paragraph
     * @param start        offset of the first character of its first line (the bullet or label included)
     * @param contentStart offset after the bullet ("- ") or outline label ("1.", "a)"), emphasis skipped
     * @param end          offset after its last non-blank character
     * @param bullet       the bullet character, or 0
     * @param section      index of the innermost section that holds it in {@link #sections()}, or -1
     * @param parent       index of the block it hangs under, or -1
     */
    public record Block(int index, BlockKind kind, int start, int contentStart, int end, char bullet, int section,
            int parent) {
    }

    private static final PhraseLexicon SECTION_WORDS = PhraseLexicon.load(PlanLayout.class, "sections.txt");
    private static final PhraseLexicon ABBREVIATIONS = PhraseLexicon.load(PlanLayout.class, "abbreviations.txt");
    private static final PhraseLexicon NAME_HEADS = org.vanban.entity.EntityLexicons.defaults().organizations();
    private static final PhraseLexicon LINK_WORDS = org.vanban.entity.EntityLexicons.defaults().actorWords();
    private static final PhraseLexicon ROLES = org.vanban.entity.EntityLexicons.defaults().roles();
    /** A heading line at least this long with no final stop is a sentence wrapped onto the next line. */
    private static final int WRAPPED_HEADING_CHARS = 70;
    private static final List<String> ARTICLE_WORDS = List.of("Điều", "Khoản", "Mục", "Phần", "Chương");

    private final String text;
    private final TextSpan body;
    private final List<Section> sections;
    private final int[] sectionEnds;
    private final int[] sectionParents;
    private final boolean[] implementation;
    private final boolean[] forward;
    private final TimeExpressions.Found[] periodOf;
    private final List<Block> blocks;
    private final List<TextSpan> protectedSpans;
    private final boolean report;
    private final DocumentYear year;
    private final String issuer;

    private PlanLayout(String text, DocumentStructure structure, List<Citation> citations) {
        this.text = text;
        TextSpan b = structure.body() != null ? structure.body() : new TextSpan(0, text.length());
        this.body = new TextSpan(Math.min(b.start(), text.length()), Math.min(b.end(), text.length()));
        this.year = DocumentYear.of(structure);
        this.issuer = structure.issuer();
        this.report = structure.docType() != null
                && structure.docType().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("BÁO CÁO");
        List<TextSpan> spans = new ArrayList<>();
        for (Citation c : citations) {
            spans.add(new TextSpan(c.start(), c.end()));
        }
        if (structure.numberSpan() != null) {
            spans.add(structure.numberSpan());
        }
        spans.sort(Comparator.naturalOrder());
        this.protectedSpans = Collections.unmodifiableList(spans);

        List<Section> secs = new ArrayList<>();
        for (Section s : structure.sections()) {
            if (s.start() >= body.start() && s.start() < body.end()) {
                secs.add(s);
            }
        }
        secs.sort(Comparator.comparingInt(Section::start));
        this.sections = List.copyOf(secs);
        int n = secs.size();
        this.sectionEnds = new int[n];
        this.sectionParents = new int[n];
        // A section runs to the next heading of the same or a higher level (computed here rather than trusted).
        int[] stack = new int[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            while (depth > 0 && secs.get(stack[depth - 1]).level() >= secs.get(i).level()) {
                sectionEnds[stack[--depth]] = secs.get(i).start();
            }
            sectionParents[i] = depth > 0 ? stack[depth - 1] : -1;
            stack[depth++] = i;
        }
        while (depth > 0) {
            sectionEnds[stack[--depth]] = body.end();
        }
        this.periodOf = new TimeExpressions.Found[n];
        this.implementation = new boolean[n];
        this.forward = new boolean[n];
        for (int i = 0; i < n; i++) {
            Section s = secs.get(i);
            String title = s.title() == null ? "" : s.title();
            periodOf[i] = TimeExpressions.wholePeriod(title, 0, title.length(), year);
            // a task section for a period ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 10/2024") is one in a plan or resolution;
            // in a report the outlook ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022") assigns nothing without a marker
            implementation[i] = hasWord(title, "IMPLEMENTATION")
                    || (!report && hasWord(title, "TASKS") && mentionsPeriod(title));
            forward[i] = hasWord(title, "FORWARD");
        }
        for (int i = 0; i < n; i++) {
            if (periodOf[i] != null) {
                // A dated task list ("III. Nhiệm vụ cụ thể" / "1. Quý I" / "- …") is an implementation part.
                implementation[i] = true;
                if (sectionParents[i] >= 0) {
                    implementation[sectionParents[i]] = true;
                }
            }
        }
        this.blocks = Collections.unmodifiableList(buildBlocks());
    }

    /** The layout of {@code text} as parsed into {@code structure}, with {@code citations} protected. */
    public static PlanLayout of(String text, DocumentStructure structure, List<Citation> citations) {
        return new PlanLayout(text, structure, citations);
    }

    private boolean mentionsPeriod(String title) {
        String lower = TimeExpressions.lower(title);
        for (TimeExpressions.Found f : TimeExpressions.find(lower, 0, lower.length(), year)) {
            if (f.kind() == TimeExpressions.Kind.PERIOD) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String title, String tag) {
        List<Token> toks = TokenizedText.of(title).tokens();
        for (int i = 0; i < toks.size(); i++) {
            PhraseLexicon.Match m = SECTION_WORDS.match(toks, i);
            if (m != null && m.has(tag)) {
                return true;
            }
        }
        return false;
    }

    private List<Block> buildBlocks() {
        List<Block> out = new ArrayList<>();
        int[] sectionAtLine = new int[1];
        int secCursor = 0;
        int lineStart = body.start();
        int curStart = -1;
        int curContent = -1;
        int curEnd = -1;
        BlockKind curKind = null;
        char curBullet = 0;
        int curSection = -1;
        boolean blankSince = false;
        // per-section stack of open items: bullet char ('H' heading, 'P' paragraph) and block index
        List<char[]> stackChars = new ArrayList<>();
        List<Integer> stackBlocks = new ArrayList<>();
        int[] headingBlockOfSection = new int[sections.size()];
        Arrays.fill(headingBlockOfSection, -1);
        sectionAtLine[0] = -1;
        while (lineStart < body.end()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > body.end()) {
                lineEnd = body.end();
            }
            int a = lineStart;
            while (a < lineEnd && isBlank(text.charAt(a))) {
                a++;
            }
            int z = lineEnd;
            while (z > a && isBlank(text.charAt(z - 1))) {
                z--;
            }
            // which section heading, if any, starts on this line
            int headingHere = -1;
            while (secCursor < sections.size() && sections.get(secCursor).start() < lineEnd) {
                if (sections.get(secCursor).start() >= lineStart) {
                    headingHere = secCursor;
                }
                secCursor++;
            }
            boolean blank = a >= z || isPipeOnly(a, z);
            if (blank) {
                blankSince = true;
                if (a < z) { // a table pipe ends the block
                    if (curStart >= 0) {
                        out.add(newBlock(out, curKind, curStart, curContent, curEnd, curBullet, curSection,
                                stackChars, stackBlocks, headingBlockOfSection));
                        curStart = -1;
                    }
                }
                lineStart = lineEnd + 1;
                continue;
            }
            if (headingHere >= 0) {
                sectionAtLine[0] = headingHere;
            }
            int contentA = skipEmphasis(a, z);
            char bullet = headingHere < 0 ? bulletAt(contentA, z) : 0;
            boolean startsLower = startsLowerCase(contentA, z);
            boolean continues = curStart >= 0 && headingHere < 0 && bullet == 0 && !endsTerminal(curEnd)
                    && (!blankSince || startsLower)
                    && !(curKind == BlockKind.HEADING && !startsLower && !headingRunsOn(curStart, curContent, curEnd));
            if (continues) {
                curEnd = z;
            } else {
                if (curStart >= 0) {
                    out.add(newBlock(out, curKind, curStart, curContent, curEnd, curBullet, curSection, stackChars,
                            stackBlocks, headingBlockOfSection));
                }
                curStart = a;
                curEnd = z;
                curSection = sectionAt(a);
                if (headingHere >= 0) {
                    curKind = BlockKind.HEADING;
                    curBullet = 0;
                    curContent = afterLabel(contentA, z);
                    curSection = headingHere;
                } else if (bullet != 0) {
                    curKind = BlockKind.BULLET;
                    curBullet = bullet;
                    curContent = skipEmphasis(skipBullet(contentA, z), z);
                } else {
                    curKind = BlockKind.PARAGRAPH;
                    curBullet = 0;
                    curContent = contentA;
                }
            }
            blankSince = false;
            lineStart = lineEnd + 1;
        }
        if (curStart >= 0) {
            out.add(newBlock(out, curKind, curStart, curContent, curEnd, curBullet, curSection, stackChars,
                    stackBlocks, headingBlockOfSection));
        }
        return out;
    }

    private Block newBlock(List<Block> out, BlockKind kind, int start, int content, int end, char bullet, int section,
            List<char[]> stackChars, List<Integer> stackBlocks, int[] headingBlockOfSection) {
        int index = out.size();
        int parent;
        if (kind == BlockKind.HEADING) {
            int ps = section >= 0 ? sectionParents[section] : -1;
            parent = ps >= 0 ? headingBlockOfSection[ps] : -1;
            if (section >= 0) {
                headingBlockOfSection[section] = index;
            }
            stackChars.clear();
            stackBlocks.clear();
            stackChars.add(new char[] {'H'});
            stackBlocks.add(index);
        } else {
            if (!stackBlocks.isEmpty() && section >= 0 && out.get(stackBlocks.get(0)).section() != section) {
                stackChars.clear();
                stackBlocks.clear();
            }
            if (stackBlocks.isEmpty() && section >= 0 && headingBlockOfSection[section] >= 0) {
                stackChars.add(new char[] {'H'});
                stackBlocks.add(headingBlockOfSection[section]);
            }
            char key = kind == BlockKind.BULLET ? bullet : 'P';
            if (kind == BlockKind.PARAGRAPH) {
                // a paragraph hangs under the section heading only
                while (!stackChars.isEmpty() && stackChars.get(stackChars.size() - 1)[0] != 'H') {
                    stackChars.remove(stackChars.size() - 1);
                    stackBlocks.remove(stackBlocks.size() - 1);
                }
            } else {
                int found = -1;
                for (int s = stackChars.size() - 1; s >= 0; s--) {
                    if (stackChars.get(s)[0] == key) {
                        found = s;
                        break;
                    }
                }
                if (found >= 0) {
                    while (stackChars.size() > found) {
                        stackChars.remove(stackChars.size() - 1);
                        stackBlocks.remove(stackBlocks.size() - 1);
                    }
                } else if (!stackChars.isEmpty() && stackChars.get(stackChars.size() - 1)[0] == 'P'
                        && !endsWithColon(out.get(stackBlocks.get(stackBlocks.size() - 1)))) {
                    // items after a paragraph hang under it only if it announces them ("… như sau:")
                    stackChars.remove(stackChars.size() - 1);
                    stackBlocks.remove(stackBlocks.size() - 1);
                }
            }
            parent = stackBlocks.isEmpty() ? -1 : stackBlocks.get(stackBlocks.size() - 1);
            stackChars.add(new char[] {key});
            stackBlocks.add(index);
        }
        return new Block(index, kind, start, Math.min(content, end), end, bullet, section, parent);
    }

    /**
     * True if a heading line is not finished and its next line, capitalised as it is, still belongs to it: its bold
     * is still open ("**1. Sở" / "Khoa học và Công nghệ**"), or it ends with a unit's head word that needs a name
     * ("Điều 2. Sở" / "Công Thương có trách nhiệm …"), a comma, a word that joins ("và", "của", "các"), or a position
     * closing a list ("Chánh Văn phòng UBND tỉnh, Giám đốc" / "Sở Tư pháp, …").
     */
    private boolean headingRunsOn(int start, int content, int end) {
        int bold = 0;
        for (int i = start; i + 1 < end; i++) {
            if (text.charAt(i) == '*' && text.charAt(i + 1) == '*') {
                bold++;
                i++;
            }
        }
        if (bold % 2 == 1 || end - content >= WRAPPED_HEADING_CHARS) {
            return true; // an open bold, or a heading as long as a wrapped line of a converted PDF
        }
        int z = end;
        while (z > content && !Character.isLetterOrDigit(text.charAt(z - 1))) {
            z--;
        }
        int a = z;
        while (a > content && Character.isLetter(text.charAt(a - 1))) {
            a--;
        }
        if (a == z) {
            return false;
        }
        if (z < end && text.charAt(z) == ',') {
            return true; // "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp," / "Giám đốc Sở Y tế …"
        }
        List<Token> word = TokenizedText.of(text, a, z).tokens();
        PhraseLexicon.Match head = NAME_HEADS.match(word, 0);
        if (head != null && head.length() == word.size() && head.has("NAMED")) {
            return true;
        }
        PhraseLexicon.Match join = LINK_WORDS.match(word, 0);
        if (join != null && join.length() == word.size() && (join.has("JOIN") || join.has("LINK")
                || join.has("QUANT"))) {
            return true;
        }
        // a list of actors cut after a position: "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc" / "Sở Tư pháp, …"
        if (text.lastIndexOf(',', z) < content) {
            return false;
        }
        List<Token> toks = TokenizedText.of(text, content, z).tokens();
        for (int from = Math.max(0, toks.size() - 4); from < toks.size(); from++) {
            PhraseLexicon.Match role = ROLES.match(toks, from);
            if (role != null && from + role.length() == toks.size()) {
                return true;
            }
        }
        return false;
    }

    /** True if the block's text ends with ":" (emphasis aside): it announces what follows. */
    public boolean endsWithColon(Block b) {
        int e = b.end();
        while (e > b.start() && (text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_')) {
            e--;
        }
        return e > b.start() && text.charAt(e - 1) == ':';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private boolean isPipeOnly(int a, int z) {
        return text.charAt(a) == '|';
    }

    private int skipEmphasis(int a, int z) {
        while (a < z && (text.charAt(a) == '*' || text.charAt(a) == '_' || text.charAt(a) == '#'
                || text.charAt(a) == '>' || isBlank(text.charAt(a)))) {
            if (text.charAt(a) == '*' && a + 1 < z && isBlank(text.charAt(a + 1))
                    && (a == 0 || text.charAt(a - 1) != '*')) {
                break; // "* item": a bullet, not emphasis
            }
            a++;
        }
        return a;
    }

    private char bulletAt(int a, int z) {
        if (a + 1 >= z) {
            return 0;
        }
        char c = text.charAt(a);
        boolean bulletChar = c == '-' || c == '+' || c == '•' || c == '–' || c == '—' || c == '·' || c == '∙'
                || c == '◦' || c == '▪' || c == '*' || c == '\uF0A7' || c == '\uF0B7';
        if (!bulletChar) {
            return 0;
        }
        char next = text.charAt(a + 1);
        return isBlank(next) || (c != '-' && c != '+' && c != '*' && Character.isLetter(next)) ? (c == '–' || c == '—'
                ? '-' : c) : 0;
    }

    private int skipBullet(int a, int z) {
        a++;
        while (a < z && isBlank(text.charAt(a))) {
            a++;
        }
        return a;
    }

    /** After an outline label: "IV.", "1.", "a)", "1.2.", "Điều 3." and any emphasis around it. */
    private int afterLabel(int a, int z) {
        int i = a;
        int word = articleWordEnd(a, z);
        if (word > a) {
            int d = word;
            while (d < z && isBlank(text.charAt(d))) {
                d++;
            }
            int digits = d;
            while (digits < z && digits - d < 4 && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits > d && digits < z && (text.charAt(digits) == '.' || text.charAt(digits) == ':')) {
                return skipEmphasis(digits + 1, z); // "Điều 3. Chánh Văn phòng …", "**Điều 3.** …"
            }
        }
        while (i < z && i - a < 12 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < z && i > a && (text.charAt(i - 1) == '.' || text.charAt(i) == ')' || text.charAt(i) == '.')) {
            if (text.charAt(i) == ')' || text.charAt(i) == '.') {
                i++;
            }
            return skipEmphasis(i, z);
        }
        return a;
    }

    /** The end of "Điều", "Khoản", "Mục", "Phần" or "Chương" at {@code a} (a label word), else {@code a}. */
    private int articleWordEnd(int a, int z) {
        for (String w : ARTICLE_WORDS) {
            if (text.startsWith(w, a) && a + w.length() < z && isBlank(text.charAt(a + w.length()))) {
                return a + w.length();
            }
        }
        return a;
    }

    private boolean startsLowerCase(int a, int z) {
        for (int i = a; i < z; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private boolean endsTerminal(int end) {
        int e = end;
        while (e > 0 && (text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_' || text.charAt(e - 1) == '"'
                || text.charAt(e - 1) == '”' || text.charAt(e - 1) == ')' || isBlank(text.charAt(e - 1)))) {
            e--;
        }
        if (e == 0) {
            return true;
        }
        char c = text.charAt(e - 1);
        return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** Index of the innermost section whose range holds {@code offset}, or -1. */
    public int sectionAt(int offset) {
        int lo = 0;
        int hi = sections.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sections.get(mid).start() <= offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int s = last; s >= 0; s = sectionParents[s]) {
            if (offset < sectionEnds[s]) {
                return s;
            }
        }
        return -1;
    }

    public String text() {
        return text;
    }

    public TextSpan body() {
        return body;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Where section {@code s} ends: the next heading of the same or a higher level, or the end of the body. */
    public int sectionEnd(int s) {
        return sectionEnds[s];
    }

    public int parentSection(int s) {
        return sectionParents[s];
    }

    /** The period a section's title is ("1. Quý I" → 31 March of the plan's year), or null. */
    TimeExpressions.Found periodOfSection(int s) {
        return s >= 0 ? periodOf[s] : null;
    }

    public DocumentYear year() {
        return year;
    }

    public String issuer() {
        return issuer;
    }

    public boolean isReport() {
        return report;
    }

    public List<TextSpan> protectedSpans() {
        return protectedSpans;
    }

    /** True if {@code [start, end)} overlaps a citation or the document's own number. */
    public boolean isProtected(int start, int end) {
        // spans are sorted by start; citations do not nest deeply, so look back a few from the last one that starts
        // before end
        int lo = 0;
        int hi = protectedSpans.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (protectedSpans.get(mid).start() < end) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = last; i >= 0 && i > last - 8; i--) {
            if (protectedSpans.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }

    /** True if the block lies in an implementation part ("Tổ chức thực hiện", a dated task list). */
    public boolean inImplementationPart(Block b) {
        for (int s = b.section(); s >= 0; s = sectionParents[s]) {
            if (implementation[s]) {
                return true;
            }
        }
        return false;
    }

    /** True if the section or one of its ancestors is an implementation part. */
    public boolean isImplementationSection(int s) {
        for (; s >= 0; s = sectionParents[s]) {
            if (implementation[s]) {
                return true;
            }
        }
        return false;
    }

    /** True if the block is part of a report's account of what was done (no deadlines or assignments there). */
    public boolean inReportAccount(Block b) {
        if (!report) {
            return false;
        }
        for (int s = b.section(); s >= 0; s = sectionParents[s]) {
            if (forward[s]) {
                return false;
            }
        }
        return true;
    }

    /** The block that holds {@code offset}, or null. */
    public Block blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) {
                hi = mid - 1;
            } else if (offset >= b.end()) {
                lo = mid + 1;
            } else {
                return b;
            }
        }
        return null;
    }

    /**
     * The sentences of a block's content: split after ".", "!" or "?" followed by white space, except inside
     * citations, after abbreviations ("TP."), and in "..." or "./.". Each span is trimmed of white space.
     */
    public List<TextSpan> sentences(Block b) {
        List<TextSpan> out = new ArrayList<>();
        int s = b.contentStart();
        int e = b.end();
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < e && isBlank(text.charAt(i + 1))
                    && !isProtected(i, i + 1) && !(c == '.' && (isEllipsis(i) || isAbbreviation(s, i)))) {
                addTrimmed(out, s, i + 1);
                s = i + 1;
            }
            i++;
        }
        addTrimmed(out, s, e);
        return out;
    }

    private boolean isEllipsis(int i) {
        return (i > 0 && text.charAt(i - 1) == '.') || (i + 1 < text.length() && text.charAt(i + 1) == '.');
    }

    private boolean isAbbreviation(int from, int dot) {
        int w = dot;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == dot || dot - w > 4) {
            return false;
        }
        List<Token> toks = TokenizedText.of(text, w, dot).tokens();
        PhraseLexicon.Match m = ABBREVIATIONS.match(toks, 0);
        return m != null && m.length() == toks.size() && Character.isUpperCase(text.charAt(w));
    }

    private void addTrimmed(List<TextSpan> out, int a, int z) {
        while (a < z && isBlank(text.charAt(a))) {
            a++;
        }
        while (z > a && isBlank(text.charAt(z - 1))) {
            z--;
        }
        if (a < z) {
            out.add(new TextSpan(a, z));
        }
    }
}
