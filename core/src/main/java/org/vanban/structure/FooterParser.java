package org.vanban.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the footer: the "Nơi nhận" list and the signature block (authority, position, "(Đã ký)", name). The two
 * often sit side by side in a table; flattened, a line may hold a recipient on the left and a signature line on
 * the right (split at tabs and pipes), or the signature may follow the list.
 */
final class FooterParser {

    private static final int MAX_FOOTER_LINES = 80;
    private static final int MAX_SIGNATURE_LINES = 10;
    private static final int MAX_LOOK_BACK = 12;
    private static final int MAX_PLACEHOLDER = 60;
    private static final Pattern ITEM_SPLIT = Pattern.compile(";\\s*(?=[-–—+•]\\s)");

    private final StructureLexicon lex;

    FooterParser(StructureLexicon lex) {
        this.lex = lex;
    }

    /**
     * What the footer holds.
     *
     * @param recipients the "Nơi nhận" items
     * @param signer     the signature block, or null
     * @param start      offset where the footer starts (the "Nơi nhận" label or the signature block)
     * @param end        offset just past the footer's last line
     * @param endLine    the footer's last line
     */
    record Footer(List<String> recipients, Signer signer, int start, int end, int endLine) {
    }

    /** A line (or table cell) of the signature column. */
    private record Cell(String raw, int line) {
    }

    static boolean isRecipientsLabel(Line line) {
        char c = line.firstPlainChar();
        return (c == 'N' || c == 'n') && isRecipientsLabel(line.folded());
    }

    private static boolean isRecipientsLabel(String folded) {
        if (!folded.startsWith("noi nhan")) {
            return false;
        }
        int i = 8;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        return i >= folded.length() || folded.charAt(i) == ':' || folded.charAt(i) == '-' || folded.charAt(i) == '|';
    }

    /** "*Nơi\nnhận:*": the label broken over two lines. */
    private static boolean isBrokenRecipientsLabel(List<Line> lines, int i) {
        char c = lines.get(i).firstPlainChar();
        return (c == 'N' || c == 'n') && lines.get(i).folded().equals("noi") && i + 1 < lines.size()
                && isRecipientsLabel("noi " + lines.get(i + 1).folded());
    }

    /** The footer after line {@code fromLine}, or null when there is neither a "Nơi nhận" list nor a signature. */
    Footer parse(List<Line> lines, int fromLine) {
        for (int i = fromLine; i < lines.size(); i++) {
            if (isRecipientsLabel(lines.get(i))) {
                return withRecipients(lines, i, i, fromLine);
            }
            if (isBrokenRecipientsLabel(lines, i)) {
                return withRecipients(lines, i, i + 1, fromLine);
            }
        }
        for (int i = fromLine; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isSeparator() || !isSignatureStart(line.plain())) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int k = i; k < lines.size() && k < i + 2 * MAX_SIGNATURE_LINES; k++) {
                for (String cell : HeaderParser.cells(lines.get(k).raw())) {
                    cells.add(new Cell(cell, k));
                }
            }
            Signature sig = signature(cells);
            if (sig != null && sig.signer.name() != null) {
                return new Footer(List.of(), sig.signer, lines.get(i).contentStart(),
                        lines.get(sig.lastLine).end(), sig.lastLine);
            }
        }
        return null;
    }

    private Footer withRecipients(List<Line> lines, int labelStart, int label, int fromLine) {
        List<String> items = new ArrayList<>();
        List<Cell> signatureColumn = new ArrayList<>();
        StringBuilder current = null;
        boolean inList = true;
        boolean adjacent = true;
        boolean bulletPending = false;
        int lastListLine = label;

        List<String> labelCells = HeaderParser.cells(lines.get(label).raw());
        String rest = labelCells.isEmpty() ? "" : afterLabel(labelCells.get(0));
        if (!rest.isEmpty()) {
            current = addItems(items, current, rest);
        }
        for (int c = 1; c < labelCells.size(); c++) {
            signatureColumn.add(new Cell(labelCells.get(c), label));
        }
        for (int i = label + 1; i < lines.size() && i <= label + MAX_FOOTER_LINES; i++) {
            Line line = lines.get(i);
            List<String> cells = HeaderParser.cells(line.raw());
            String bare = line.raw().strip();
            if (inList && bare.length() == 1 && isBullet(bare)) {
                bulletPending = true; // "-\nCông ty …": the bullet and its item on two lines
                continue;
            }
            if (cells.isEmpty()) {
                // A pipe alone closes the table cell that holds the list.
                if (inList && line.raw().indexOf('|') >= 0 && !items.isEmpty()) {
                    inList = false;
                }
                adjacent = false;
                continue;
            }
            if (inList) {
                String left = Markup.plain(cells.get(0));
                if (isBullet(left) || bulletPending) {
                    current = addItems(items, current, left);
                    lastListLine = i;
                } else if (current != null && adjacent && !endsItem(current) && !isSignatureStart(left)
                        && !isPlaceholder(left) && !isName(left) && !isUpperName(left)) {
                    current.append(' ').append(left);
                    items.set(items.size() - 1, cleanItem(current.toString()));
                    lastListLine = i;
                } else if ((left.endsWith(";") || Folding.fold(left).startsWith("luu")) && !isSignatureLine(left)) {
                    current = addItems(items, current, left);
                    lastListLine = i;
                } else {
                    inList = false;
                    signatureColumn.add(new Cell(cells.get(0), i));
                }
                for (int c = 1; c < cells.size(); c++) {
                    signatureColumn.add(new Cell(cells.get(c), i));
                }
            } else {
                for (String cell : cells) {
                    signatureColumn.add(new Cell(cell, i));
                }
                if (signatureColumn.size() > 2 * MAX_SIGNATURE_LINES) {
                    break;
                }
            }
            adjacent = true;
            bulletPending = false;
        }
        int start = lines.get(labelStart).contentStart();
        int endLine = lastListLine;
        Signature sig = signature(signatureColumn);
        if (sig == null) {
            sig = signatureBefore(lines, labelStart, fromLine);
            if (sig != null) {
                start = lines.get(sig.firstLine).contentStart();
            }
        } else {
            endLine = Math.max(endLine, sig.lastLine);
        }
        return new Footer(items, sig == null ? null : sig.signer, start, lines.get(endLine).end(), endLine);
    }

    /** A signature printed above the "Nơi nhận" label instead of beside or below it. */
    private Signature signatureBefore(List<Line> lines, int label, int fromLine) {
        int first = -1;
        int nonBlank = 0;
        for (int i = label - 1; i >= fromLine && nonBlank < MAX_LOOK_BACK; i--) {
            Line line = lines.get(i);
            if (line.isSeparator()) {
                continue;
            }
            nonBlank++;
            String p = line.plain();
            if (isSignatureStart(p)) {
                first = i;
            } else if (!isPlaceholder(p) && !isName(p) && !isUpperName(p)) {
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        for (int k = first; k < label; k++) {
            for (String cell : HeaderParser.cells(lines.get(k).raw())) {
                cells.add(new Cell(cell, k));
            }
        }
        Signature sig = signature(cells);
        return sig != null && sig.signer.name() != null ? sig : null;
    }

    private record Signature(Signer signer, int firstLine, int lastLine) {
    }

    /**
     * Reads authority lines, a position title, placeholders and the name, in that order. Null when the column
     * holds no signature (or only an unknown upper-case line with no name under it).
     */
    private Signature signature(List<Cell> column) {
        List<String> authorities = new ArrayList<>();
        String title = null;
        boolean titleOpen = false;
        boolean secondPosition = false;
        String unknown = null; // an upper-case line whose role the next line will tell
        boolean unknownOpen = false;
        String name = null;
        int first = -1;
        int last = -1;
        int seen = 0;
        String pending = null;
        for (Cell cell : column) {
            String p = Markup.plain(cell.raw);
            if (p.isEmpty() || Markup.isSeparator(cell.raw)) {
                continue;
            }
            if (pending != null) {
                p = pending + " " + p;
                pending = null;
            } else if (isLonePrefix(p) || (cell.raw.strip().startsWith("**") && Markup.boldMarks(cell.raw) % 2 == 1
                    && Markup.wordCount(p) == 1 && first >= 0)) {
                // "**KT.\nCHỦ TỊCH**", "**Đại\ntướng Nguyễn Tân Cương**": one line broken in two.
                pending = p;
                continue;
            }
            if (++seen > MAX_SIGNATURE_LINES) {
                break;
            }
            if (first < 0 && !couldStartSignature(p)) {
                continue; // typists' codes and notes between the list and the signature ("HP_VP11_QĐ", "05 bản")
            }
            first = first < 0 ? cell.line : first;
            if (isPlaceholder(p)) {
                last = cell.line;
                continue;
            }
            String authority = authority(p);
            if (authority != null && name == null && title == null) {
                authorities.add(authority);
                unknown = null;
                last = cell.line;
                continue;
            }
            String person = personName(p);
            if (person != null) {
                name = person;
                last = cell.line;
                break;
            }
            if (!Markup.isUpperText(p)) {
                break;
            }
            int lastAuthority = authorities.size() - 1;
            if (lastAuthority >= 0 && title == null && authorities.get(lastAuthority).endsWith(",")) {
                // "KT. BỘ TRƯỞNG,\nCHỦ NHIỆM": the authority goes on after a comma.
                authorities.set(lastAuthority, authorities.get(lastAuthority) + " " + p);
            } else if (title == null && isPosition(p)) {
                title = p;
                titleOpen = Markup.boldMarks(cell.raw) % 2 == 1;
                unknown = null;
            } else if (title != null && (titleOpen || title.endsWith(",")) && !isPosition(p)) {
                title = title + " " + p;
                titleOpen = Markup.boldMarks(cell.raw) % 2 == 0;
            } else if (title != null && isPosition(p) && !secondPosition) {
                title = title + " " + p; // "TRƯỞNG BAN" / "PHÓ THỦ TƯỚNG": the capacity, then the post
                titleOpen = Markup.boldMarks(cell.raw) % 2 == 1;
                secondPosition = true;
            } else if (lastAuthority >= 0 && title == null) {
                // "TM. ỦY BAN" broken before "NHÂN DÂN"
                authorities.set(lastAuthority, authorities.get(lastAuthority) + " " + p);
            } else if (title == null && lastAuthority < 0 && unknown == null && Markup.wordCount(p) <= 8
                    && lex.documentTypes.matchAt(Folding.fold(p), 0) < 0) {
                unknown = p;
                unknownOpen = Markup.boldMarks(cell.raw) % 2 == 1;
            } else if (unknown != null && unknownOpen) {
                unknown = unknown + " " + p; // "**XÁC THỰC VĂN BẢN\nHỢP NHẤT**"
                unknownOpen = Markup.boldMarks(cell.raw) % 2 == 0;
            } else {
                break;
            }
            last = cell.line;
        }
        boolean known = title != null;
        if (title == null && unknown != null && name != null) {
            title = unknown; // a position the word list does not know, printed right above the name
        }
        if (name == null && authorities.isEmpty() && !known) {
            return null;
        }
        String authority = authorities.isEmpty() ? null : String.join(" ", authorities);
        return new Signature(new Signer(name, title, authority), first, last);
    }

    /** The signer's name on this line (a rank or academic title before it removed), or null. */
    private String personName(String plain) {
        String p = plain;
        String folded = Folding.fold(p);
        int prefix = lex.namePrefixes.matchAt(folded, 0);
        if (prefix > 0) {
            p = p.substring(prefix).strip();
        }
        return isName(p) || isUpperName(p) ? p : null;
    }

    // ---------------------------------------------------------------- line kinds

    private boolean couldStartSignature(String plain) {
        if (isSignatureStart(plain) || isPlaceholder(plain) || isName(plain) || isUpperName(plain)) {
            return true;
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!Character.isLetter(c) && c != ' ') {
                return false;
            }
        }
        return Markup.isUpperText(plain) && Markup.wordCount(plain) <= 6;
    }

    private boolean isLonePrefix(String plain) {
        String p = plain.endsWith(".") ? plain.substring(0, plain.length() - 1).strip() : plain;
        return plain.endsWith(".") && lex.authorityPrefixes.contains(p);
    }

    private boolean isSignatureStart(String plain) {
        if (isLonePrefix(plain)) {
            return true;
        }
        return authority(plain) != null || (Markup.isUpperText(plain) && isPosition(plain)
                && Markup.wordCount(plain) <= 8);
    }

    private boolean isSignatureLine(String plain) {
        return isSignatureStart(plain) || isPlaceholder(plain) || isUpperName(plain)
                || (Markup.isUpperText(plain) && Markup.wordCount(plain) <= 6);
    }

    private boolean isPosition(String plain) {
        return lex.positions.startsWithEntry(Folding.fold(plain));
    }

    /**
     * The authority line with its prefix as printed and one space after it ("KT.GIÁM ĐỐC" → "KT. GIÁM ĐỐC",
     * "T/M BAN THƯỜNG VỤ" stays), or null when the line has no authority prefix ("KT.", "TM.", "TL.", "TUQ.",
     * "Q.", "PT." or the Party's "K/T", "T/M") followed by an upper-case name.
     */
    String authority(String plain) {
        for (String prefix : lex.authorityPrefixes) {
            String printed = null;
            String rest = null;
            if (plain.startsWith(prefix)) {
                String after = plain.substring(prefix.length());
                String r = after.stripLeading();
                if (r.startsWith(".")) {
                    printed = prefix + ".";
                    rest = r.substring(1);
                }
            } else if (prefix.length() == 2 && plain.length() > 3 && plain.charAt(0) == prefix.charAt(0)
                    && plain.charAt(1) == '/' && plain.charAt(2) == prefix.charAt(1)) {
                printed = plain.substring(0, 3); // "T/M", "K/T"
                rest = plain.substring(3);
                if (rest.isEmpty() || !Markup.isSpace(rest.charAt(0)) && rest.charAt(0) != ' ') {
                    continue;
                }
            }
            if (rest == null) {
                continue;
            }
            rest = rest.strip();
            if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0)) || !Markup.isUpperText(rest)) {
                continue;
            }
            return printed + " " + rest;
        }
        return null;
    }

    private boolean isPlaceholder(String plain) {
        if (plain.length() > MAX_PLACEHOLDER) {
            return false;
        }
        String f = Folding.fold(plain).replaceAll("[\\[\\]()<>{}.:]", " ").strip();
        return !f.isEmpty() && lex.signaturePlaceholders.startsWithEntry(f);
    }

    /** A name in title case: two to seven capitalised words of letters. */
    static boolean isName(String plain) {
        if (Markup.isUpperText(plain)) {
            return false;
        }
        String[] words = plain.split(" ");
        if (words.length < 2 || words.length > 7) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /** A name in upper case ("NGUYỄN VĂN A"): two to six words, the first a Vietnamese family name. */
    private boolean isUpperName(String plain) {
        if (!Markup.isUpperText(plain)) {
            return false;
        }
        String[] words = plain.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
        }
        return lex.surnames.containsExactly(Folding.fold(words[0])) && !isPosition(plain);
    }

    // ---------------------------------------------------------------- recipients

    private static String afterLabel(String cell) {
        String plain = Markup.plain(cell);
        int colon = plain.indexOf(':');
        String rest = colon >= 0 && colon < 14 ? plain.substring(colon + 1) : plain.substring(Math.min(8,
                plain.length()));
        return rest.strip();
    }

    private static boolean isBullet(String plain) {
        if (plain.isEmpty()) {
            return false;
        }
        char c = plain.charAt(0);
        return c == '-' || c == '–' || c == '—' || c == '+' || c == '•' || c == '·';
    }

    private static boolean endsItem(CharSequence item) {
        String s = item.toString().strip();
        return s.endsWith(";") || s.endsWith(".") || s.endsWith(":");
    }

    /** Adds one item, or several when a flattened table put them on one line ("- A; - B;"). */
    private static StringBuilder addItems(List<String> items, StringBuilder current, String text) {
        StringBuilder last = current;
        for (String part : ITEM_SPLIT.split(text)) {
            String item = cleanItem(part);
            if (!item.isEmpty()) {
                items.add(item);
                last = new StringBuilder(part.strip());
            }
        }
        return last;
    }

    /** Removes the bullet and a trailing ";" and trims; a trailing "." stays ("Lưu: VT."). */
    static String cleanItem(String s) {
        String item = Markup.plain(s);
        int i = 0;
        while (i < item.length() && (isBullet(item.substring(i)) || item.charAt(i) == ' ')) {
            i++;
        }
        item = item.substring(i).strip();
        while (item.endsWith(";") || item.endsWith(",")) {
            item = item.substring(0, item.length() - 1).strip();
        }
        return item;
    }
}
