package org.vanban.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vanban.TextSpan;

/**
 * The default structure parser: rules over the layout conventions of Nghị định 30/2020/NĐ-CP (state bodies) and
 * Hướng dẫn 36-HD/VPTW (Party bodies), tolerant of the Markdown, table and line-break debris of converted text.
 * The conventions it follows are set out in {@code package-info.java}.
 *
 * <p>Stateless and thread-safe; runs in time linear in the length of the text.
 */
public final class RuleStructureParser implements StructureParser {

    /** Lines before the footer searched for a place-and-date line when the header has none. */
    private static final int FOOTER_DATE_LOOK_BACK = 4;
    private static final int MIN_APPENDIX_LETTERS = 20;
    private static final int MAX_PREAMBLE_SKIP = 12;
    private static final int MAX_COMPETENCE_LOOK = 6;
    private static final int MAX_ISSUER_WORDS = 14;

    private final StructureLexicon lex;
    private final HeaderParser headerParser;
    private final FooterParser footerParser;
    private final OutlineParser outlineParser;
    private final OpeningIssuer openingIssuer;

    public RuleStructureParser() {
        this.lex = StructureLexicon.get();
        this.headerParser = new HeaderParser(lex);
        this.footerParser = new FooterParser(lex);
        this.outlineParser = new OutlineParser();
        this.openingIssuer = new OpeningIssuer(lex);
    }

    @Override
    public DocumentStructure parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return DocumentStructure.empty(text.length());
        }
        List<Line> lines = Line.split(text);
        Header header = headerParser.parse(text, lines);
        FooterParser.Footer footer = footerParser.parse(lines, header.bodyStartLine());

        int bodyEnd = footer == null ? text.length() : footer.start();
        int bodyStart = Math.min(header.bodyStart(), bodyEnd);
        int bodyEndLine = footer == null ? lines.size() : HeaderParser.lineAt(lines, footer.start());
        List<OutlineParser.Region> regions = new ArrayList<>();
        regions.add(new OutlineParser.Region(header.bodyStartLine(), bodyEndLine, bodyEnd));
        TextSpan appendix = null;
        if (footer != null && hasLetters(text, footer.end(), MIN_APPENDIX_LETTERS)) {
            int first = footer.endLine() + 1;
            while (first < lines.size() && lines.get(first).isSeparator()) {
                first++; // the pipe that closes the signature cell, blank lines
            }
            appendix = new TextSpan(lines.get(first).contentStart(), text.length());
            regions.add(new OutlineParser.Region(first, lines.size(), text.length()));
        }
        List<Section> sections = outlineParser.parse(text, lines, regions);

        int firstHeadingLine = bodyEndLine;
        for (Section s : sections) {
            if (s.start() >= bodyStart && s.start() < bodyEnd) {
                firstHeadingLine = HeaderParser.lineAt(lines, s.start());
                break;
            }
        }
        TextSpan preamble = preamble(lines, header.bodyStartLine(), firstHeadingLine);
        String issuer = header.issuer();
        if (issuer == null) {
            issuer = competenceLine(lines, header.bodyStartLine(), firstHeadingLine);
        }
        if (issuer == null) {
            issuer = openingIssuer.find(lines, header.bodyStartLine(), firstHeadingLine);
        }

        LocalDate date = header.issuedDate();
        String place = header.place();
        if (date == null && place == null && footer != null) {
            // Some plans print the place and date above the signature instead of in the header.
            int from = lines.get(Math.max(header.bodyStartLine(),
                    HeaderParser.lineAt(lines, footer.start()) - FOOTER_DATE_LOOK_BACK)).start();
            PlaceDate pd = PlaceDate.find(text, from, footer.end());
            if (pd != null && pd.place() != null) {
                date = pd.date();
                place = pd.place();
            }
        }

        return new DocumentStructure(header.docType(), header.symbol(), header.numberSpan(), date, place,
                header.title(), issuer, footer == null ? null : footer.signer(),
                footer == null ? List.of() : footer.recipients(), sections, new TextSpan(bodyStart, bodyEnd),
                preamble, appendix, implementation(sections));
    }

    private static boolean hasLetters(String text, int from, int wanted) {
        int found = 0;
        for (int i = from; i < text.length() && found < wanted; i++) {
            if (Character.isLetter(text.charAt(i))) {
                found++;
            }
        }
        return found >= wanted;
    }

    /**
     * The legal-basis clauses at the top of the body: from the first line that opens with a basis phrase through
     * the last line of the run of such clauses (lines that carry on a clause over a hard line break included).
     * Blank lines, an upper-case authority line ("ỦY BAN NHÂN DÂN TỈNH") and a "Kính gửi" block may come first.
     */
    private TextSpan preamble(List<Line> lines, int fromLine, int toLine) {
        int first = -1;
        int last = -1;
        int skipped = 0;
        boolean clauseOpen = false;
        for (int i = fromLine; i < toLine && i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isSeparator()) {
                clauseOpen = false;
                continue;
            }
            String plain = line.plain();
            boolean basis = lex.basisOpeners.startsWithEntry(line.folded());
            if (basis) {
                first = first < 0 ? i : first;
                last = i;
            } else if (first >= 0 && clauseOpen) {
                last = i;
            } else if (first < 0 && skipped < MAX_PREAMBLE_SKIP && (Markup.isUpperText(plain)
                    || line.folded().startsWith("kinh gui") || plain.startsWith("-") || plain.startsWith("+"))) {
                skipped++;
                continue;
            } else {
                break;
            }
            char end = plain.isEmpty() ? ' ' : plain.charAt(plain.length() - 1);
            clauseOpen = end != ';' && end != '.' && end != ':';
        }
        if (first < 0) {
            return null;
        }
        return new TextSpan(lines.get(first).contentStart(), lines.get(last).end());
    }

    /**
     * The issuing body printed on its own line between the subject and the basis clauses of a legal instrument
     * ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "ỦY BAN NHÂN DÂN TỈNH"): an upper-case line that begins with an
     * organisation word. A position ("BỘ TRƯỞNG BỘ …") is not an issuer.
     */
    private String competenceLine(List<Line> lines, int fromLine, int toLine) {
        for (int i = fromLine; i < toLine && i < lines.size() && i < fromLine + MAX_COMPETENCE_LOOK; i++) {
            Line line = lines.get(i);
            if (line.isSeparator()) {
                continue;
            }
            String plain = line.plain();
            if (!Markup.isUpperText(plain)) {
                return null;
            }
            String f = line.folded();
            if (lex.organisationHeads.startsWithEntry(f) && !lex.positions.startsWithEntry(f)
                    && Markup.wordCount(plain) <= MAX_ISSUER_WORDS && !plain.endsWith(":")) {
                return plain;
            }
        }
        return null;
    }

    private List<TextSpan> implementation(List<Section> sections) {
        List<TextSpan> spans = new ArrayList<>();
        for (Section s : sections) {
            if (s.title() == null || !lex.implementationHeadings.startsWithEntry(Folding.fold(s.title()))) {
                continue;
            }
            if (!spans.isEmpty() && spans.get(spans.size() - 1).end() >= s.end()
                    && spans.get(spans.size() - 1).start() <= s.start()) {
                continue;
            }
            spans.add(new TextSpan(s.start(), s.end()));
        }
        return spans;
    }
}
