package org.vanban.structure;

import java.util.ArrayList;
import java.util.List;
import org.vanban.TextSpan;

/**
 * Reads the header: the issuer block and national motto (often side by side in a table), "Số: …", the
 * place-and-date line, the document type and the subject line under it (or the "V/v …" line of an official
 * letter).
 */
final class HeaderParser {

    /** How far into the text the national motto is looked for (web pages put metadata before the document). */
    private static final int MOTTO_WINDOW = 20_000;
    /** The header zone ends at the first body line or after this many lines / chars from its start. */
    private static final int MAX_ZONE_LINES = 80;
    private static final int MAX_ZONE_CHARS = 8_000;
    private static final int MAX_WALK_BACK = 12;
    private static final int MAX_TITLE_LINES = 8;
    private static final int MAX_TITLE_CHARS = 600;
    /** A "Thực hiện …" paragraph longer than this is a basis clause, not a subject line. */
    private static final int MAX_WEAK_TITLE = 300;
    private static final String CONG_VAN = "CÔNG VĂN";

    private final StructureLexicon lex;

    HeaderParser(StructureLexicon lex) {
        this.lex = lex;
    }

    Header parse(String text, List<Line> lines) {
        List<TextSpan> mottoParts = findMotto(text);
        TextSpan motto = mottoParts.isEmpty() ? null
                : new TextSpan(mottoParts.get(0).start(), mottoParts.get(mottoParts.size() - 1).end());
        int mottoLine = motto == null ? -1 : lineAt(lines, motto.start());
        int mottoEndLine = motto == null ? -1 : lineAt(lines, motto.end() - 1);
        int zoneStartLine = mottoLine < 0 ? 0 : walkBack(lines, mottoLine);
        int limitLine = zoneLimit(lines, zoneStartLine, mottoEndLine);

        int docTypeLine = -1;
        int docTypeFirstLine = -1;
        String docType = null;
        String sameLineTitle = null;
        for (int i = zoneStartLine; i < limitLine; i++) {
            Line line = lines.get(i);
            if (motto != null && line.start() < motto.end() && line.end() > motto.start()) {
                continue;
            }
            String[] typeAndRest = documentType(line);
            if (typeAndRest != null) {
                docTypeLine = i;
                docType = typeAndRest[0];
                sameLineTitle = typeAndRest[1];
                break;
            }
            String broken = brokenDocumentType(lines, i);
            if (broken != null) {
                docTypeFirstLine = i;
                docTypeLine = i + 1;
                docType = broken;
                break;
            }
        }

        String title = null;
        int bodyStartLine;
        int headerElementsEnd;
        if (docTypeLine >= 0) {
            Subject subject = title(lines, docTypeLine, sameLineTitle);
            title = subject.text();
            bodyStartLine = subject.lastLine() + 1;
            headerElementsEnd = lines.get(docTypeFirstLine >= 0 ? docTypeFirstLine : docTypeLine).start();
        } else {
            Subject subject = subjectOfLetter(lines, zoneStartLine, limitLine);
            title = subject == null ? null : subject.text();
            if (title != null || startsWithKinhGui(lines, limitLine)) {
                docType = CONG_VAN;
            }
            bodyStartLine = subject == null ? -1 : subject.lastLine() + 1;
            headerElementsEnd = limitLine < lines.size() ? lines.get(limitLine).start() : text.length();
        }

        int zoneStart = lines.get(zoneStartLine).start();
        DocumentNumber number = DocumentNumber.find(text, zoneStart, headerElementsEnd);
        PlaceDate placeDate = PlaceDate.find(text, zoneStart, headerElementsEnd);
        if (bodyStartLine < 0) {
            // No type and no subject: the body starts after the last header element found.
            int last = -1;
            if (motto != null) {
                last = Math.max(last, lineAt(lines, motto.end() - 1));
            }
            if (number != null) {
                last = Math.max(last, lineAt(lines, number.span().end() - 1));
            }
            if (placeDate != null) {
                last = Math.max(last, lineAt(lines, placeDate.end() - 1));
            }
            bodyStartLine = last + 1;
        }
        if (docTypeFirstLine < 0) {
            docTypeFirstLine = docTypeLine;
        }
        int issuerEndLine = docTypeFirstLine >= 0 ? docTypeFirstLine : Math.min(limitLine, bodyStartLine);
        String issuer = issuer(text, lines, zoneStartLine, issuerEndLine, mottoParts, number, placeDate);

        bodyStartLine = Math.min(bodyStartLine, lines.size() - 1);
        int bodyStart = bodyStartLine <= 0 ? 0 : lines.get(bodyStartLine - 1).end();
        return new Header(docType, title, number, placeDate == null ? null : placeDate.date(),
                placeDate == null ? null : placeDate.place(), issuer, bodyStart, Math.max(0, bodyStartLine));
    }

    // ---------------------------------------------------------------- motto and zone

    /**
     * The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc") or the Party's
     * ("ĐẢNG CỘNG SẢN VIỆT NAM"), matched on letters only so that line breaks, emphasis and table pipes inside it
     * do not matter. The first phrase must be printed in upper case (the body may quote it in lower case). One
     * span per phrase: in a table flattened row by row the issuer's second line sits between them.
     */
    static List<TextSpan> findMotto(String text) {
        int limit = Math.min(text.length(), MOTTO_WINDOW);
        StringBuilder letters = new StringBuilder(limit);
        int[] offsets = new int[limit];
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                offsets[letters.length()] = i;
                letters.append(Folding.fold(c));
            }
        }
        String folded = letters.toString();
        int[] first = null;
        for (String phrase : new String[] {"conghoaxahoichunghiavietnam", "dangcongsanvietnam"}) {
            int from = 0;
            int at;
            while ((at = folded.indexOf(phrase, from)) >= 0) {
                int upper = 0;
                for (int k = at; k < at + phrase.length(); k++) {
                    upper += Character.isUpperCase(text.charAt(offsets[k])) ? 1 : 0;
                }
                if (upper > 0.8 * phrase.length()) {
                    if (first == null || at < first[0]) {
                        first = new int[] {at, at + phrase.length()};
                    }
                    break;
                }
                from = at + 1;
            }
        }
        List<TextSpan> parts = new ArrayList<>(2);
        if (first != null) {
            parts.add(new TextSpan(offsets[first[0]], offsets[first[1] - 1] + 1));
        }
        String second = "doclaptudohanhphuc";
        int at = folded.indexOf(second, first == null ? 0 : first[1]);
        if (at >= 0 && (first == null || at - first[1] < 200)) {
            parts.add(new TextSpan(offsets[at], offsets[at + second.length() - 1] + 1));
        }
        return parts;
    }

    /**
     * The first line of the issuer block that precedes the motto (walking back over header-like lines). Lines in
     * small letters belong to it only when a "V/v" line above them starts the subject they continue.
     */
    private static int walkBack(List<Line> lines, int mottoLine) {
        int first = mottoLine;
        int continuations = 0;
        for (int i = mottoLine - 1; i >= 0 && mottoLine - i <= MAX_WALK_BACK; i--) {
            Line line = lines.get(i);
            if (line.isSeparator()) {
                continue;
            }
            String p = line.plain();
            if (Character.isLowerCase(p.codePointAt(0))) {
                if (++continuations > 3) {
                    break;
                }
                continue;
            }
            if (!isHeaderLike(line) || (continuations > 0 && !line.folded().startsWith("v/v"))) {
                break;
            }
            continuations = 0;
            first = i;
        }
        return first;
    }

    private static boolean isHeaderLike(Line line) {
        String p = line.plain();
        if (Markup.letterCount(p) >= 1 && Markup.upperShare(p) >= 0.6) {
            return true;
        }
        if (isNumberLine(p) || line.folded().startsWith("v/v")) {
            return true;
        }
        // The symbol of a "Số:" broken over two lines, e.g. "2820/QĐ-UBND".
        return p.indexOf(' ') < 0 && p.indexOf('/') > 0 && p.length() <= 40;
    }

    /** The first line of the body after the zone start, bounding where the header's parts are looked for. */
    private int zoneLimit(List<Line> lines, int zoneStartLine, int mottoEndLine) {
        int zoneStart = lines.get(zoneStartLine).start();
        for (int i = zoneStartLine; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i - zoneStartLine > MAX_ZONE_LINES || line.start() - zoneStart > MAX_ZONE_CHARS) {
                return i;
            }
            if (i <= mottoEndLine || line.isSeparator()) {
                continue;
            }
            if (startsBody(line)) {
                return i;
            }
        }
        return lines.size();
    }

    /** A line that can only belong to the body: a strong basis opener, "Kính gửi", a heading, "Nơi nhận". */
    private boolean startsBody(Line line) {
        String f = line.folded();
        if (f.startsWith("can cu") || f.startsWith("kinh gui") || f.startsWith("theo de nghi")
                || f.startsWith("xet de nghi") || FooterParser.isRecipientsLabel(line)) {
            return true;
        }
        if (isWeakBasis(line.plain(), f)) {
            return true;
        }
        Heading h = Heading.match(line.raw());
        return h != null && h.kind() != Heading.Kind.LETTER;
    }

    /** "Thực hiện …"/"Theo …" that reads as a clause (ends with ; or . or is long), not as a subject line. */
    private boolean isWeakBasis(String plain, String folded) {
        if (!lex.basisOpeners.startsWithEntry(folded)) {
            return false;
        }
        char last = plain.isEmpty() ? ' ' : plain.charAt(plain.length() - 1);
        return last == ';' || last == '.' || last == ':' || plain.length() > MAX_WEAK_TITLE;
    }

    private static boolean startsWithKinhGui(List<Line> lines, int line) {
        for (int i = line; i < lines.size() && i < line + 3; i++) {
            if (lines.get(i).folded().startsWith("kinh gui")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- document type and subject

    /** {type, title-on-the-same-line or null} if the line is a document-type heading, else null. */
    private String[] documentType(Line line) {
        String plain = line.plain();
        int len = lex.documentTypes.matchAt(line.folded(), 0);
        if (len < 0) {
            return null;
        }
        String type = plain.substring(0, len);
        if (!Markup.isUpperText(type)) {
            return null;
        }
        String rest = plain.substring(len).strip();
        if (rest.isEmpty()) {
            return new String[] {type.replaceAll("\\s+", " "), null};
        }
        // "## KẾ HOẠCH Thực hiện …": the subject shares the line; it is in mixed case or the line is a heading.
        boolean heading = line.raw().stripLeading().startsWith("#");
        char first = rest.charAt(0);
        if (first == ':' || first == '(' || Character.isDigit(first) || isNumberLine(rest)) {
            return null;
        }
        if (heading || (!Markup.isUpperText(rest) && Character.isUpperCase(rest.codePointAt(0)))) {
            return new String[] {type.replaceAll("\\s+", " "), rest};
        }
        return null;
    }

    /** "**NGHỊ\nĐỊNH**": a type name broken over two lines, each holding nothing else. */
    private String brokenDocumentType(List<Line> lines, int i) {
        if (i + 1 >= lines.size()) {
            return null;
        }
        String first = lines.get(i).plain();
        String second = lines.get(i + 1).plain();
        if (first.isEmpty() || second.isEmpty() || first.indexOf(' ') >= 0 || !Markup.isUpperText(first)
                || !Markup.isUpperText(second)) {
            return null;
        }
        String joined = first + " " + second;
        String folded = Folding.fold(joined);
        int len = lex.documentTypes.matchAt(folded, 0);
        return len == joined.length() ? joined : null;
    }

    /**
     * The subject line: the paragraph under the type line (or its rest), joined over hard line breaks. It stops
     * at a blank line, a rule, a change of emphasis or of letter case, a parenthesis ("(Kèm theo …)"), a basis
     * clause or a heading.
     */
    private Subject title(List<Line> lines, int typeLine, String sameLine) {
        int lastLine = typeLine;
        StringBuilder sb = new StringBuilder();
        int i = typeLine + 1;
        boolean bold = false;
        boolean upper = false;
        int marks = 0;
        if (sameLine != null) {
            sb.append(sameLine);
            upper = Markup.isUpperText(sameLine);
        } else {
            int skipped = 0;
            while (i < lines.size() && lines.get(i).isSeparator() && skipped < 4) {
                i++;
                skipped++;
            }
        }
        int used = 0;
        for (; i < lines.size() && used < MAX_TITLE_LINES && sb.length() < MAX_TITLE_CHARS; i++) {
            Line line = lines.get(i);
            if (line.isSeparator()) {
                break;
            }
            String plain = line.plain();
            String f = line.folded();
            String stripped = line.raw().strip();
            boolean lineBold = stripped.startsWith("**") || stripped.startsWith("__");
            // A line without letters ("2026 - 2030") goes with either case.
            boolean lineUpper = Markup.letterCount(plain) == 0 ? upper : Markup.isUpperText(plain);
            if (plain.startsWith("(") || f.startsWith("can cu") || f.startsWith("kinh gui")
                    || f.startsWith("theo de nghi") || f.startsWith("xet de nghi")
                    || Heading.match(line.raw()) != null || FooterParser.isRecipientsLabel(line)) {
                break;
            }
            if (sb.length() == 0) {
                if (isWeakBasis(plain, f)) {
                    break;
                }
                bold = lineBold;
                upper = lineUpper;
            } else {
                // A bold subject runs until its "**" closes; a plain one stops where bold text begins.
                if (bold ? marks % 2 == 0 : lineBold) {
                    break;
                }
                if (upper != lineUpper) {
                    break;
                }
                char prevLast = sb.charAt(sb.length() - 1);
                if (prevLast == '.' || prevLast == ';' || prevLast == ':'
                        || (!upper && lex.basisOpeners.startsWithEntry(f))) {
                    break;
                }
                sb.append(' ');
            }
            sb.append(plain);
            marks += Markup.boldMarks(line.raw());
            lastLine = i;
            used++;
        }
        String title = Markup.plain(sb).replace("__", "").strip();
        return new Subject(title.isEmpty() ? null : title, lastLine);
    }

    /** A subject line and the last line it takes up. */
    private record Subject(String text, int lastLine) {
    }

    /** The "V/v …" subject of an official letter, with its continuation lines. */
    private static Subject subjectOfLetter(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            for (String cell : cells(line.raw())) {
                String plain = Markup.plain(cell);
                String f = Folding.fold(plain);
                int skip;
                if (f.startsWith("v/v")) {
                    skip = 3;
                } else if (f.startsWith("ve viec ") && i > from && !Markup.isUpperText(plain)) {
                    skip = 0;
                } else {
                    continue;
                }
                StringBuilder sb = new StringBuilder(plain.substring(skip).replaceFirst("^\\s*[:.]?\\s*", ""));
                int lastLine = i;
                for (int k = i + 1; k < to && k <= i + 3; k++) {
                    Line next = lines.get(k);
                    List<String> nextCells = cells(next.raw());
                    if (next.isSeparator() || nextCells.isEmpty()) {
                        break;
                    }
                    String cont = Markup.plain(nextCells.get(0));
                    if (cont.isEmpty() || !Character.isLowerCase(cont.codePointAt(0)) && !Character.isDigit(
                            cont.charAt(0))) {
                        break;
                    }
                    sb.append(' ').append(cont);
                    lastLine = k;
                }
                String subject = Markup.plain(sb);
                return subject.isEmpty() ? null : new Subject(subject, lastLine);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- issuer

    /**
     * The issuing unit: the upper-case text of the header zone that is not the motto, the number, the date or a
     * rule. Lines are grouped into units (a line that begins with an organisation word after a complete name
     * starts a new unit: "ỦY BAN NHÂN DÂN HUYỆN X / TRƯỜNG THCS Y"); the last unit is the issuer, the ones above
     * it are the bodies it belongs to.
     */
    private String issuer(String text, List<Line> lines, int fromLine, int toLine, List<TextSpan> motto,
            DocumentNumber number, PlaceDate placeDate) {
        List<TextSpan> excluded = new ArrayList<>(motto);
        if (number != null) {
            excluded.add(number.span());
        }
        if (placeDate != null) {
            excluded.add(new TextSpan(placeDate.start(), placeDate.end()));
        }
        List<String> units = new ArrayList<>();
        StringBuilder unit = null;
        for (int i = fromLine; i < toLine && i < lines.size(); i++) {
            Line line = lines.get(i);
            for (TextSpan piece : pieces(text, line, excluded)) {
                String plain = trimPunctuation(Markup.plain(text.substring(piece.start(), piece.end())));
                if (!isIssuerPiece(plain)) {
                    continue;
                }
                String folded = Folding.fold(plain);
                boolean startsUnit = lex.organisationHeads.startsWithEntry(folded);
                if (unit == null || (startsUnit && isCompleteName(unit))) {
                    if (unit != null) {
                        units.add(unit.toString());
                    }
                    unit = new StringBuilder(plain);
                } else {
                    unit.append(' ').append(plain);
                }
            }
        }
        if (unit != null) {
            units.add(unit.toString());
        }
        if (units.isEmpty()) {
            return null;
        }
        String issuer = Markup.plain(units.get(units.size() - 1));
        return issuer.isEmpty() ? null : issuer;
    }

    /** Without dashes, colons, commas and spaces at either end (a final "." stays: "TP."). */
    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && "-–—:.,".indexOf(s.charAt(a)) >= 0 || a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && "-–—:,".indexOf(s.charAt(b - 1)) >= 0 || b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isIssuerPiece(String plain) {
        if (Markup.letterCount(plain) < 2 || Markup.upperShare(plain) < 0.7) {
            return false;
        }
        if (plain.indexOf('/') >= 0 || plain.indexOf(':') >= 0) {
            return false; // a symbol or a label, not a name
        }
        String f = Folding.fold(plain);
        return !(isNumberLine(plain) || f.startsWith("v/v") || f.startsWith("kinh gui")
                || f.contains("hanh phuc") || f.contains("doc lap"));
    }

    /** "Số: …", "Số 45-KH/HU", "SỐ …": with its diacritics, since "SỞ" (a department) folds the same. */
    private static boolean isNumberLine(String plain) {
        if (plain.length() < 3) {
            return false;
        }
        String head = plain.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        char next = plain.charAt(2);
        return head.equals("số") && (next == ' ' || next == ':' || next == '.' || next == '…');
    }

    private static boolean isCompleteName(CharSequence unit) {
        String plain = Markup.plain(unit);
        if (Markup.wordCount(plain) < 2) {
            return false;
        }
        String f = Folding.fold(plain);
        // "CHỦ TỊCH ỦY\nBAN NHÂN DÂN": a name does not end with "ủy", "và", "của".
        return !(f.endsWith(" va") || f.endsWith(" cua") || f.endsWith(" uy") || f.endsWith("&")
                || f.endsWith("-"));
    }

    /** The parts of a line between table pipes, tabs and rules, minus the excluded spans. */
    private static List<TextSpan> pieces(String text, Line line, List<TextSpan> excluded) {
        List<TextSpan> out = new ArrayList<>();
        int s = line.start();
        int i = line.start();
        while (i <= line.end()) {
            boolean cut = i == line.end();
            int skip = 1;
            if (!cut) {
                char c = text.charAt(i);
                if (c == '|' || c == '\t') {
                    cut = true;
                } else if (c == ' ' && i + 2 < line.end() && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == ' ') {
                    cut = true; // columns laid out with spaces
                    skip = 3;
                    while (i + skip < line.end() && text.charAt(i + skip) == ' ') {
                        skip++;
                    }
                } else if ((c == '_' || c == '-' || c == '=') && i + 2 < line.end() && text.charAt(i + 1) == c
                        && text.charAt(i + 2) == c) {
                    cut = true;
                    skip = 3;
                    while (i + skip < line.end() && text.charAt(i + skip) == c) {
                        skip++;
                    }
                } else {
                    for (TextSpan x : excluded) {
                        if (x.contains(i)) {
                            cut = true;
                            skip = x.end() - i;
                            break;
                        }
                    }
                }
            }
            if (cut) {
                if (i > s) {
                    out.add(new TextSpan(s, i));
                }
                i += skip;
                s = i;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The cells of a line flattened from a table: split at pipes, tabs and runs of three or more spaces (how a
     * PDF text layer lays out columns); rule-only cells are dropped.
     */
    static List<String> cells(String raw) {
        List<String> out = new ArrayList<>();
        int s = 0;
        int i = 0;
        while (i <= raw.length()) {
            int cut = 0;
            if (i == raw.length() || raw.charAt(i) == '|' || raw.charAt(i) == '\t') {
                cut = 1;
            } else if (raw.charAt(i) == ' ' && i + 2 < raw.length() && raw.charAt(i + 1) == ' '
                    && raw.charAt(i + 2) == ' ') {
                cut = 3;
                while (i + cut < raw.length() && raw.charAt(i + cut) == ' ') {
                    cut++;
                }
            }
            if (cut > 0) {
                String cell = raw.substring(s, i);
                if (!Markup.isSeparator(cell)) {
                    out.add(cell);
                }
                i += cut;
                s = i;
            } else {
                i++;
            }
        }
        return out;
    }

    static int lineAt(List<Line> lines, int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
