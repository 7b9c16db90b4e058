package org.vanban.structure;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The place-and-date line of a header or signature: "Bình Trung Đông, ngày 23 tháng 4 năm 2020",
 * "*Hà Tĩnh, ngày 27\ntháng 11 năm 2025*", "Hà Nội, ngày 20/11/2025", or a blank draft date
 * ("ngày   tháng 11 năm 2025", which gives no date).
 *
 * @param place the place before ", ngày", or null
 * @param date  the date, or null when the day or month is left blank or impossible
 * @param start offset of the place (or of "ngày" when there is no place)
 * @param end   offset just past the year
 */
record PlaceDate(String place, LocalDate date, int start, int end) {

    private static final int MAX_PLACE_CHARS = 60;
    private static final int MAX_PLACE_WORDS = 7;

    /** The first place-and-date line that starts a line or a table cell in {@code [from, to)}, or null. */
    static PlaceDate find(String text, int from, int to) {
        to = Math.min(to, text.length());
        for (int i = Math.max(0, from); i + 4 <= to; i++) {
            if (Folding.fold(text.charAt(i)) != 'n' || !Folding.fold(text.subSequence(i, i + 4)).equals("ngay")
                    || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                    || (i + 4 < text.length() && Character.isLetterOrDigit(text.charAt(i + 4)))) {
                continue;
            }
            PlaceDate pd = parseAt(text, i, to);
            if (pd != null) {
                return pd;
            }
        }
        return null;
    }

    private static PlaceDate parseAt(String text, int ngay, int to) {
        int[] dateEnd = new int[1];
        LocalDate[] date = new LocalDate[1];
        if (!parseDate(text, ngay + 4, to, date, dateEnd)) {
            return null;
        }
        // What precedes "ngày" on its line or cell: nothing (a bare date) or "<place>,".
        int k = ngay - 1;
        while (k >= 0 && (Markup.isSpace(text.charAt(k)) || text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k--;
        }
        if (k >= 0 && text.charAt(k) == '\n') {
            // "*Đồng Tháp,\nngày 19 …": the comma ends the line above.
            int above = k - 1;
            while (above >= 0 && (Markup.isSpace(text.charAt(above)) || text.charAt(above) == '*'
                    || text.charAt(above) == '_')) {
                above--;
            }
            if (above >= 0 && text.charAt(above) == ',') {
                k = above;
            }
        }
        if (k < 0 || isCellBoundary(text.charAt(k))) {
            // A date with no place must fill its line or cell ("ngày 18/11/2025 của …" is a sentence).
            return endsCell(text, dateEnd[0], to) ? new PlaceDate(null, date[0], ngay, dateEnd[0]) : null;
        }
        boolean comma = text.charAt(k) == ',';
        int placeEnd = comma ? k : k + 1;
        int p = placeEnd - 1;
        boolean crossedLine = false;
        while (p >= 0 && placeEnd - p <= MAX_PLACE_CHARS) {
            char c = text.charAt(p);
            if (c == '\n') {
                // A place broken over two lines inside one cell ("*Cần\nThơ, ngày …"): one line only.
                if (crossedLine || p == 0 || !Character.isLetter(text.charAt(p - 1))) {
                    break;
                }
                crossedLine = true;
            } else if (c == '|' || c == '\t' || c == '*' || c == '_' || c == ':' || c == ';' || c == '/'
                    || c == '(' || c == ')' || c == ',') {
                break;
            } else if (c == ' ' && p >= 2 && text.charAt(p - 1) == ' ' && text.charAt(p - 2) == ' ') {
                break; // a column laid out with spaces
            }
            p--;
        }
        if (placeEnd - p > MAX_PLACE_CHARS) {
            return null;
        }
        String place = Markup.plain(text.substring(p + 1, placeEnd));
        if (crossedLine && !looksLikePlace(place)) {
            place = Markup.plain(text.substring(text.indexOf('\n', p + 1) + 1, placeEnd));
        }
        if (!looksLikePlace(place) || (!comma && Markup.wordCount(place) > 4)) {
            return null;
        }
        return new PlaceDate(place, date[0], p + 1 + leadingBlank(text, p + 1, placeEnd), dateEnd[0]);
    }

    private static boolean endsCell(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '|' || c == '\t') {
                return true;
            }
            if (!Markup.isSpace(c) && c != '*' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static int leadingBlank(String text, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || Markup.isSpace(text.charAt(i))
                || text.charAt(i) == '*' || text.charAt(i) == '_')) {
            i++;
        }
        return i - from;
    }

    private static boolean isCellBoundary(char c) {
        return c == '\n' || c == '|' || c == '\t' || c == '-' || c == '—';
    }

    /**
     * A place name: capitalised words ("Bình Trung Đông", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu"), of which only
     * "phố", "xã", "trấn" may be in small letters ("Thành phố Huế"); a number only as a word of its own
     * ("Quận 2"). Symbols ("TT-BNV") and time words ("Chiều") are not places.
     */
    private static boolean looksLikePlace(String place) {
        if (place.isEmpty() || !Character.isUpperCase(place.codePointAt(0))) {
            return false;
        }
        String[] words = place.split(" ");
        if (words.length > MAX_PLACE_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.equals("-") || w.equals("–")) {
                continue;
            }
            boolean digits = false;
            boolean letters = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                digits |= Character.isDigit(c);
                letters |= Character.isLetter(c);
                if (!Character.isLetterOrDigit(c) && c != '.') {
                    return false;
                }
            }
            if (digits && letters) {
                return false;
            }
            if (letters && !Character.isUpperCase(w.codePointAt(0)) && !LOWER_PLACE_WORDS.contains(w)) {
                return false;
            }
        }
        String folded = Folding.fold(place);
        // "Hạnh phúc" ends the national motto that may share the line in a flattened table.
        return !folded.contains("hanh phuc") && !TIME_WORDS.contains(folded);
    }

    private static final java.util.Set<String> LOWER_PLACE_WORDS = java.util.Set.of("phố", "xã", "trấn", "thị");
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("sang", "chieu", "toi", "trua", "dem");

    /** Parses "<d> tháng <m> năm <yyyy>" or "<d>/<m>/<yyyy>" after "ngày"; blanks give a null date. */
    private static boolean parseDate(String text, int i, int to, LocalDate[] date, int[] end) {
        int j = skipGap(text, i, to);
        int dayStart = j;
        int day = readNumber(text, j, to, 2);
        if (day >= 0) {
            j = dayStart + digits(day, text, dayStart);
            int s = skipGap(text, j, to);
            if (s < to && (text.charAt(s) == '/' || text.charAt(s) == '.' || text.charAt(s) == '-')) {
                return parseNumeric(text, day, s + 1, to, date, end);
            }
            j = s;
        } else {
            j = skipPlaceholder(text, j, to);
        }
        j = skipGap(text, j, to);
        if (!foldedAt(text, j, to, "thang")) {
            return false;
        }
        j = skipGap(text, j + 5, to);
        int month = readNumber(text, j, to, 2);
        j = month >= 0 ? j + digits(month, text, j) : skipPlaceholder(text, j, to);
        j = skipGap(text, j, to);
        if (!foldedAt(text, j, to, "nam")) {
            return false;
        }
        j = skipGap(text, j + 3, to);
        int year = readNumber(text, j, to, 4);
        if (year < 1900 || year > 2200 || j + 4 > to) {
            return false;
        }
        end[0] = j + 4;
        date[0] = day > 0 && month > 0 ? dateOf(year, month, day) : null;
        return true;
    }

    private static boolean parseNumeric(String text, int day, int j, int to, LocalDate[] date, int[] end) {
        j = skipGap(text, j, to);
        int month = readNumber(text, j, to, 2);
        if (month < 0) {
            return false;
        }
        j = skipGap(text, j + digits(month, text, j), to);
        if (j >= to || (text.charAt(j) != '/' && text.charAt(j) != '.' && text.charAt(j) != '-')) {
            return false;
        }
        j = skipGap(text, j + 1, to);
        int year = readNumber(text, j, to, 4);
        if (year < 1900 || year > 2200) {
            return false;
        }
        end[0] = j + 4;
        date[0] = dateOf(year, month, day);
        return true;
    }

    private static LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reads up to {@code maxDigits} ASCII digits at {@code j} (exactly 4 when maxDigits is 4); -1 if none. */
    private static int readNumber(String text, int j, int to, int maxDigits) {
        int k = j;
        while (k < to && k - j < maxDigits && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        if (k == j || (k < to && text.charAt(k) >= '0' && text.charAt(k) <= '9')
                || (maxDigits == 4 && k - j != 4)) {
            return -1;
        }
        return Integer.parseInt(text.substring(j, k));
    }

    private static int digits(int value, String text, int j) {
        int k = j;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        return k - j;
    }

    /** Spaces, emphasis marks and at most one line break between the parts of a date. */
    private static int skipGap(String text, int j, int to) {
        int breaks = 0;
        while (j < to) {
            char c = text.charAt(j);
            if (c == '\n') {
                if (++breaks > 1) {
                    break;
                }
            } else if (!Markup.isSpace(c) && c != '*' && c != '_') {
                break;
            }
            j++;
        }
        return j;
    }

    /** Dots and ellipses that stand for a day or month left blank in a draft. */
    private static int skipPlaceholder(String text, int j, int to) {
        int start = j;
        while (j < to && j - start < 30 && (text.charAt(j) == '.' || text.charAt(j) == '…' || text.charAt(j) == '_'
                || Markup.isSpace(text.charAt(j)))) {
            j++;
        }
        return j;
    }

    private static boolean foldedAt(String text, int j, int to, String word) {
        if (j + word.length() > to) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Folding.fold(text.charAt(j + k)) != word.charAt(k)) {
                return false;
            }
        }
        return j + word.length() >= text.length() || !Character.isLetter(text.charAt(j + word.length()));
    }
}
