package org.vanban.structure;

import java.util.List;
import java.util.Locale;

/**
 * The issuer named in a document's opening sentence when the header does not print it: "Căn cứ tình hình thực
 * tế, trường THCS Hồng Hải xây dựng kế hoạch …" gives "Trường THCS Hồng Hải"; "Trường Tiểu học Tân Thành A1
 * báo cáo kết quả …" gives "Trường Tiểu học Tân Thành A1".
 *
 * <p>A clause (the start of a paragraph, or what follows ", " or "; ") must begin with an organisation word
 * ({@code organisation-heads.txt}), name it with at least one capitalised word, and go on with an opening verb
 * ({@code opening-verbs.txt}): either an act ("báo cáo") or a verb followed by a document noun within four words
 * ("xây dựng kế hoạch", "ban hành Kế hoạch").
 */
final class OpeningIssuer {

    private static final int MAX_PARAGRAPHS = 12;
    private static final int MAX_NAME_WORDS = 14;
    private static final int NOUN_WINDOW = 4;

    private final StructureLexicon lex;

    OpeningIssuer(StructureLexicon lex) {
        this.lex = lex;
    }

    /** Looks at the paragraphs of lines {@code [fromLine, toLine)}. */
    String find(List<Line> lines, int fromLine, int toLine) {
        StringBuilder paragraph = new StringBuilder();
        int paragraphs = 0;
        for (int i = fromLine; i <= toLine && i < lines.size() + 1 && paragraphs < MAX_PARAGRAPHS; i++) {
            boolean atEnd = i >= toLine || i >= lines.size();
            Line line = atEnd ? null : lines.get(i);
            boolean breaks = atEnd || line.isSeparator() || lex.basisOpeners.startsWithEntry(line.folded());
            if (breaks && paragraph.length() > 0) {
                String issuer = inParagraph(paragraph.toString());
                if (issuer != null) {
                    return issuer;
                }
                paragraph.setLength(0);
                paragraphs++;
            }
            if (!atEnd && !line.isSeparator()) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.plain());
            }
        }
        return null;
    }

    String inParagraph(String text) {
        // Lower case keeps the length of Vietnamese text; diacritics must agree ("Bổ sung" is no "Bộ").
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return null;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            boolean clauseStart = i == 0 || (i >= 2 && text.charAt(i - 1) == ' '
                    && (text.charAt(i - 2) == ',' || text.charAt(i - 2) == ';'));
            if (!clauseStart) {
                continue;
            }
            String issuer = issuerAt(text, lower, i);
            if (issuer != null) {
                return Markup.capitalizeFirst(issuer);
            }
        }
        return null;
    }

    private String issuerAt(String text, String lower, int at) {
        int head = lex.organisationHeads.matchExactAt(lower, at);
        if (head < 0) {
            return null;
        }
        int i = at + head;
        int words = 0;
        // A head such as "Thủ tướng Chính phủ" names the body by itself.
        boolean named = hasCapitalAfterFirst(text, at, i);
        int nameEnd = i;
        while (i < text.length() && words < MAX_NAME_WORDS) {
            if (text.charAt(i) != ' ') {
                return null;
            }
            int w = i + 1;
            int verbAt = w;
            int aux = AUXILIARIES.matchExactAt(lower, w);
            if (aux > 0 && w + aux < lower.length() && lower.charAt(w + aux) == ' ') {
                verbAt = w + aux + 1; // "UBND tỉnh X đã ban hành Kế hoạch"
            }
            if (named && opensDocument(lower, verbAt)) {
                return text.substring(at, nameEnd);
            }
            int e = w;
            while (e < text.length() && text.charAt(e) != ' ') {
                e++;
            }
            if (e == w) {
                return null;
            }
            String word = text.substring(w, e);
            char last = word.charAt(word.length() - 1);
            if (last == ',' || last == ';' || last == ':' || word.indexOf('(') >= 0) {
                return null;
            }
            if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.charAt(0))) {
                named = true;
            }
            nameEnd = e;
            i = e;
            words++;
        }
        return null;
    }

    private static final WordList AUXILIARIES = WordList.of(List.of("đã", "sẽ", "đang", "vừa", "cũng", "mới"));

    /** An act ("báo cáo") or a verb with a document noun after it ("xây dựng kế hoạch") starts at {@code at}. */
    private boolean opensDocument(String lower, int at) {
        if (lex.openingActs.matchExactAt(lower, at) >= 0) {
            return true;
        }
        int verb = lex.openingVerbs.matchExactAt(lower, at);
        return verb >= 0 && documentNounFollows(lower, at + verb);
    }

    private static boolean hasCapitalAfterFirst(String text, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean documentNounFollows(String lower, int from) {
        int i = from;
        for (int words = 0; words <= NOUN_WINDOW && i < lower.length(); words++) {
            while (i < lower.length() && lower.charAt(i) == ' ') {
                i++;
            }
            if (lex.documentTypes.matchExactAt(lower, i) >= 0) {
                return true;
            }
            while (i < lower.length() && lower.charAt(i) != ' ') {
                i++;
            }
        }
        return false;
    }
}
