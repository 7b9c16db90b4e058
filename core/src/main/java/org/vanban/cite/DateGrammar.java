package org.vanban.cite;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates written with a citation: "ngày 09/01/2015", "ngày 9-1-2015", "ngày 18.2.2019", "ngày 16 tháng 5 năm 2016"
 * (any case, line breaks allowed between the words). Impossible dates are not dates.
 */
final class DateGrammar {

    /** A date and where its text ends. */
    record Found(LocalDate date, int end) {
    }

    private DateGrammar() {
    }

    /** "ngày" and a date at {@code at} (after an optional comma), or null. */
    static Found ngayAt(CharSequence text, int at) {
        int p = at;
        if (p < text.length() && text.charAt(p) == ',') {
            p = TextScan.skipSpaces(text, p + 1, 1);
        }
        int afterNgay = TextScan.matchFolded(text, p, "ngay");
        if (afterNgay < 0) {
            return null;
        }
        return dateAt(text, TextScan.skipSpaces(text, afterNgay, 1));
    }

    /** A date starting at {@code at}, or null. */
    static Found dateAt(CharSequence text, int at) {
        int n = text.length();
        int dEnd = digits(text, at, 2);
        if (dEnd < 0) {
            return null;
        }
        int day = Integer.parseInt(text.subSequence(at, dEnd).toString());
        if (dEnd < n && (text.charAt(dEnd) == '/' || text.charAt(dEnd) == '-' || text.charAt(dEnd) == '.')) {
            char sep = text.charAt(dEnd);
            int mEnd = digits(text, dEnd + 1, 2);
            if (mEnd < 0 || mEnd >= n || text.charAt(mEnd) != sep) {
                return null;
            }
            int yEnd = digits(text, mEnd + 1, 4);
            if (yEnd < 0 || yEnd - (mEnd + 1) != 4) {
                return null;
            }
            return date(day, Integer.parseInt(text.subSequence(dEnd + 1, mEnd).toString()),
                    Integer.parseInt(text.subSequence(mEnd + 1, yEnd).toString()), yEnd);
        }
        int p = TextScan.skipSpaces(text, dEnd, 1);
        int afterThang = TextScan.matchFolded(text, p, "thang");
        if (afterThang < 0) {
            return null;
        }
        int mStart = TextScan.skipSpaces(text, afterThang, 1);
        int mEnd = digits(text, mStart, 2);
        if (mEnd < 0) {
            return null;
        }
        int afterNam = TextScan.matchFolded(text, TextScan.skipSpaces(text, mEnd, 1), "nam");
        if (afterNam < 0) {
            return null;
        }
        int yStart = TextScan.skipSpaces(text, afterNam, 1);
        int yEnd = digits(text, yStart, 4);
        if (yEnd < 0 || yEnd - yStart != 4) {
            return null;
        }
        return date(day, Integer.parseInt(text.subSequence(mStart, mEnd).toString()),
                Integer.parseInt(text.subSequence(yStart, yEnd).toString()), yEnd);
    }

    /** A year written after a name: "năm 2013" or "2013" at {@code at}; returns {year, end} or null. */
    static int[] yearAt(CharSequence text, int at) {
        int p = at;
        int afterNam = TextScan.matchFolded(text, p, "nam");
        if (afterNam >= 0) {
            p = TextScan.skipSpaces(text, afterNam, 1);
        }
        int end = digits(text, p, 4);
        if (end < 0 || end - p != 4 || !TextScan.wordEndsAt(text, end)
                || (end < text.length() && (text.charAt(end) == '/' || text.charAt(end) == '-'))) {
            return null;
        }
        int year = Integer.parseInt(text.subSequence(p, end).toString());
        return year >= 1945 && year <= 2099 ? new int[] {year, end} : null;
    }

    /** The end of 1..max digits at {@code at} followed by a non-digit, or -1. */
    private static int digits(CharSequence text, int at, int max) {
        int i = at;
        while (i < text.length() && TextScan.isDigit(text.charAt(i))) {
            if (i - at >= max) {
                return -1;
            }
            i++;
        }
        return i == at ? -1 : i;
    }

    private static Found date(int day, int month, int year, int end) {
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return new Found(LocalDate.of(year, month, day), end);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
