package org.vanban.structure;

import org.vanban.TextSpan;

/**
 * The document's own number and symbol from its "Số: …" line: "Số: 36/KH-THBTD", "Số: /BC-THTTA1" (number left
 * blank), "Số:\n2820/QĐ-UBND" (broken line), "Luật số: 60/2024/QH15", "Số............./QĐ-STP".
 *
 * @param symbol the symbol with spaces and blank-number dots removed ("/BC-THTTA1" when the number is blank)
 * @param span   where the symbol is printed
 */
record DocumentNumber(String symbol, TextSpan span) {

    private static final int MAX_GAP = 40;
    private static final int MAX_SYMBOL = 60;

    /** The first "Số: …" with a well-formed symbol in {@code [from, to)}, or null. */
    static DocumentNumber find(String text, int from, int to) {
        to = Math.min(to, text.length());
        for (int i = Math.max(0, from); i + 2 <= to; i++) {
            if (Folding.fold(text.charAt(i)) != 's' || Folding.fold(text.charAt(i + 1)) != 'o'
                    || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                    || (i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2)))) {
                continue;
            }
            char o = text.charAt(i + 1);
            if (o != 'ố' && o != 'Ố') {
                continue;
            }
            DocumentNumber n = parseAfter(text, i + 2, to, text.charAt(i) == 'S' && startsLine(text, i));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /**
     * @param headingLike "Số" is capitalised and begins its line; only then may the colon be missing, for a
     *                    "Chỉ thị số 33/CT-TTg" in running text is a citation, not the document's number
     */
    private static DocumentNumber parseAfter(String text, int j, int to, boolean headingLike) {
        int k = j;
        while (k < to && Markup.isSpace(text.charAt(k))) {
            k++;
        }
        if (k < to && text.charAt(k) == ':') {
            k++;
            int limit = Math.min(to, k + MAX_GAP);
            while (k < limit && isGap(text.charAt(k))) {
                k++;
            }
        } else if (k == j && k < to && isBlankMark(text.charAt(k))) {
            // "Số......./QĐ-STP": the number is left blank with dots straight after "Số".
        } else if (headingLike && k > j && k < to && Character.isDigit(text.charAt(k))) {
            // "Số 45-KH/HU": Party documents print no colon (Hướng dẫn 36-HD/VPTW); a slash must follow.
            DocumentNumber n = parseSymbol(text, k, to);
            return n != null && n.symbol().indexOf('/') > 0 ? n : null;
        } else {
            return null;
        }
        return parseSymbol(text, k, to);
    }

    private static DocumentNumber parseSymbol(String text, int k, int to) {
        int start = k;
        int limit = Math.min(to, k + MAX_SYMBOL + MAX_GAP);
        while (k < limit && isBlankMark(text.charAt(k))) {
            k++;
        }
        int digitsStart = k;
        while (k < limit && Character.isDigit(text.charAt(k))) {
            k++;
        }
        boolean hasDigits = k > digitsStart;
        while (k < limit && (isBlankMark(text.charAt(k)) || Markup.isSpace(text.charAt(k)))) {
            k++;
        }
        if (k >= limit || (text.charAt(k) != '/' && text.charAt(k) != '-')) {
            return null;
        }
        StringBuilder symbol = new StringBuilder();
        if (hasDigits) {
            symbol.append(text, digitsStart, digitsStart + countDigits(text, digitsStart));
        }
        int symbolStart = hasDigits ? digitsStart : k;
        int end = k;
        boolean letter = false;
        boolean slash = false;
        while (k < limit) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '&' || c == '/' || c == '-' || c == '–' || c == '.') {
                letter |= Character.isLetter(c);
                slash |= c == '/';
                symbol.append(c == '–' ? '-' : c);
                k++;
                end = k;
            } else if (Markup.isSpace(c) && k + 1 < limit && (isJoiner(text.charAt(k + 1))
                    || isJoiner(text.charAt(k - 1)))) {
                k++; // "36/ KH-THBTD": a stray space beside a slash or hyphen
            } else {
                break;
            }
        }
        while (symbol.length() > 0 && ".-".indexOf(symbol.charAt(symbol.length() - 1)) >= 0) {
            symbol.setLength(symbol.length() - 1);
            end--;
        }
        if (!letter || symbol.length() < 2 || symbol.length() > MAX_SYMBOL || (!slash && !hasDigits)) {
            return null;
        }
        return new DocumentNumber(symbol.toString(), new TextSpan(Math.max(symbolStart, start), end));
    }

    /** True if only spaces and Markdown marks stand between the line's start and {@code i}. */
    private static boolean startsLine(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!isGap(c) && c != '#') {
                return false;
            }
        }
        return true;
    }

    private static int countDigits(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k - from;
    }

    private static boolean isJoiner(char c) {
        return c == '/' || c == '-';
    }

    private static boolean isGap(char c) {
        return Markup.isSpace(c) || c == '\n' || c == '*' || c == '_' || c == '|';
    }

    private static boolean isBlankMark(char c) {
        return c == '.' || c == '…';
    }
}
