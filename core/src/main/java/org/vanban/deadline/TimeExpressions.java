package org.vanban.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ways Vietnamese administrative text states a time: dates ("ngày 03/06/2022", "ngày 15 tháng 12 năm
 * 2024", "17 giờ ngày 20/5"), periods ("tháng 9/2024", "Quý II", "06 tháng đầu năm", "cuối năm", "năm 2025"),
 * relative limits ("trong thời hạn 15 ngày kể từ ngày …"), recurrences ("hằng tháng", "định kỳ 6 tháng và cuối năm")
 * and vague limits ("đúng thời gian quy định"). Whether a time is a deadline is decided by the caller (a trigger
 * word such as "trước", "chậm nhất" before it, a delivery verb next to it).
 *
 * <p>Every pattern has bounded repetition and is applied once over the text, so the work is linear in its length.
 * Stateless and thread-safe.
 */
final class TimeExpressions {

    /** DAY: a day of the month without the month ("ngày 25"), meaningful only in a monthly limit. */
    enum Kind { DATE, DAY, PERIOD, RELATIVE, RECURRING, VAGUE }

    /**
     * One time expression.
     *
     * @param needsNgay true for a bare "20/5": it counts only after "ngày" or a trigger word
     */
    record Found(int start, int end, Kind kind, LocalDate date, org.vanban.deadline.Recurrence recurrence,
            boolean needsNgay) {
    }

    /**
     * What stands before a time: a limit ("trước"), a span ("trong", "vào": periods only), a label ("Thời gian:"), the
     * end of a window ("từ ngày … đến hết ngày …": a limit only when something is delivered in it).
     */
    enum TriggerKind { BEFORE, WITHIN, LABEL, UNTIL }

    /** A trigger: where it starts, its kind, and its words (lower case, single-spaced). */
    record Trigger(int start, TriggerKind kind, String words) {
    }

    /** Patterns run over lower-cased text ({@link #lower}), which is much faster than case-insensitive matching. */
    private static final int FLAGS = 0;
    private static final String S = "[\\s*_]{1,6}";
    private static final String O = "[\\s*_]{0,6}";
    private static final String YEAR_TAIL = "(?:" + O + "[/-]" + O + "(\\d{4})|" + S + "năm" + S + "(\\d{4}))?";

    private static final Pattern FULL_NUM = Pattern.compile(
            "(?<![\\p{L}\\d/.-])(\\d{1,2})\\s{0,2}([/.-])\\s{0,2}(\\d{1,2})\\s{0,2}\\2\\s{0,2}(\\d{4})(?![\\d/])");
    private static final Pattern SHORT_NUM = Pattern.compile(
            "(?<![\\p{L}\\d/.-])(\\d{1,2})\\s{0,2}/\\s{0,2}(\\d{1,2})(?![\\d]|\\s{0,2}/)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<![\\p{L}])ngày" + S + "(\\d{1,2})" + S + "tháng" + S + "(\\d{1,2})" + YEAR_TAIL + "(?![\\d])", FLAGS);
    /** "ngày 25" with no month: only a monthly limit ("hằng tháng, trước ngày 25"). */
    private static final Pattern DAY_ONLY = Pattern.compile(
            "(?<![\\p{L}])ngày" + S + "(\\d{1,2})(?![\\d/-])(?!\\.\\d)(?!" + S + "tháng)", FLAGS);
    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}])tháng" + S + "(\\d{1,2})" + YEAR_TAIL + "(?![\\d/])", FLAGS);
    private static final Pattern QUARTER = Pattern.compile(
            "(?<![\\p{L}])qu[ýí]" + S + "(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])" + YEAR_TAIL, FLAGS);
    private static final Pattern HALF = Pattern.compile(
            "(?<![\\p{L}\\d])(?:0?6|sáu)" + S + "tháng" + S + "(đầu|cuối)" + S + "năm(?:" + S + "(\\d{4}))?", FLAGS);
    private static final Pattern YEAR_END = Pattern.compile(
            "(?<![\\p{L}])(?:cuối|hết)" + S + "năm(?:" + S + "(\\d{4}))?(?!" + S + "học)(?![\\p{L}])", FLAGS);
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}])năm" + S + "(\\d{4})(?![\\d/-])", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}])(trong" + S + "thời" + S + "hạn|trong" + S + "vòng|chậm" + S + "nhất(?:" + S + "là)?"
                    + "|không" + S + "quá|trong" + S + "thời" + S + "gian|trong)" + S + "(\\d{1,3})(?:" + O
                    + "\\([^)\\n]{1,25}\\))?" + S + "(ngày" + S + "làm" + S + "việc|ngày|tháng|tuần|năm|giờ)(?![\\p{L}])"
                    + "(?!" + S + "(?:đầu|cuối)" + S + "năm)"
                    + "(" + S + "(?:kể" + S + "từ|tính" + S + "từ|sau" + S + "khi|từ)(?![\\p{L}]))?", FLAGS);
    private static final Pattern RECUR_EVERY = Pattern.compile(
            "(?<![\\p{L}])(?:định" + S + "kỳ" + S + ")?(?:hằng|hàng|mỗi)" + S + "(tháng|quý|qúy|năm|tuần)(?![\\p{L}])",
            FLAGS);
    private static final Pattern RECUR_PERIODIC = Pattern.compile(
            "(?<![\\p{L}])định" + S + "kỳ" + S + "(?:mỗi" + S + ")?(tháng|quý|qúy|năm)(?![\\p{L}])", FLAGS);
    private static final Pattern RECUR_HALF = Pattern.compile(
            "(?<![\\p{L}])(?:định" + S + "kỳ" + S + "(?:0?6|sáu)" + S + "tháng(?:" + S + "(?:một|1|01)" + S + "lần)?"
                    + "(?:(?:" + O + "," + O + "|" + S + "và" + S + ")(?:cuối" + S + "năm|hằng" + S + "năm|hàng" + S
                    + "năm|năm)(?![\\p{L}]))?"
                    + "|(?<![\\p{L}\\d])(?:0?6|sáu)" + S + "tháng(?:" + O + "," + O + "|" + S + "và" + S + ")(?:cuối"
                    + S + "năm|tổng" + S + "kết" + S + "(?:cuối" + S + ")?năm)(?![\\p{L}]))", FLAGS);
    private static final Pattern VAGUE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:theo" + S + ")?đúng" + S + "(?:thời" + S + "gian|thời" + S + "hạn|hạn)" + S
                    + "(?:theo" + S + ")?quy" + S + "định|theo" + S + "(?:thời" + S + "gian|thời" + S + "hạn)" + S
                    + "quy" + S + "định|đúng" + S + "thời" + S + "hạn)(?![\\p{L}])", FLAGS);

    private static final Pattern PREFIX = Pattern.compile(
            "(?:(?<![\\p{L}\\d])\\d{1,2}" + O + "(?:giờ|h|g)(?:" + O + "\\d{1,2}(?:" + O + "phút)?)?" + O + ",?" + O
                    + ")?(?:(?<![\\p{L}])ngày" + O + ")?$", FLAGS);
    /** Words between "hạn"/"thời hạn" and "là": "hạn cuối nhận hồ sơ là …", "thời hạn gửi Sở Tài chính là …". */
    private static final String OBJECT_THEN_LA = "(?:" + S + "[\\p{L}\\d&/-]+){0,6}" + S + "là";
    private static final Pattern TRIGGER = Pattern.compile("(?<![\\p{L}])(" + String.join("|",
            "trước",
            "chậm" + S + "nhất(?:" + S + "là)?(?:" + S + "vào)?",
            "muộn" + S + "nhất(?:" + S + "là)?(?:" + S + "vào)?",
            "(?:thời" + S + ")?hạn(?:" + S + "(?:chót|cuối))?(?:" + S + "(?:nộp|gửi|nhận|hoàn" + S + "thành|báo" + S
                    + "cáo))?(?:" + OBJECT_THEN_LA + ")?(?:" + S + "vào)?",
            "không" + S + "(?:quá|muộn" + S + "hơn)",
            "xong" + S + "trước",
            "hoàn" + S + "thành(?:" + S + "trước|" + S + "trong|" + S + "vào)?",
            "hoàn" + S + "tất(?:" + S + "trước|" + S + "trong)?",
            "kết" + S + "thúc(?:" + S + "trước)?",
            "trong(?:" + S + "suốt)?",
            "vào",
            "thời" + S + "gian(?:" + S + "hoàn" + S + "thành|" + S + "thực" + S + "hiện|" + S + "nộp|" + S + "gửi|" + S
                    + "báo" + S + "cáo)?",
            "tiến" + S + "độ",
            "đến" + S + "hết",
            "đến",
            "tới") + ")" + O + ":?" + O + "$", FLAGS);
    /** How far before a time its trigger may start ("thời hạn gửi Sở Tài chính là ngày …"). */
    private static final int TRIGGER_REACH = 80;
    /**
     * The opening of a window before its end: "từ ngày 03/10/2023 ", "từ 8 giờ ngày 10/12/2024 " (then "đến hết ngày
     * 12/10/2023", "đến 17 giờ ngày 20/12/2024").
     */
    private static final Pattern WINDOW_OPEN = Pattern.compile(
            "(?<![\\p{L}])từ" + S + "(?:\\d{1,2}" + O + "(?:giờ|h)(?:" + O + "\\d{1,2}(?:" + O + "phút)?)?" + O + ",?"
                    + O + ")?(?:ngày" + S + ")?(?:\\d{1,2}" + O + "[/.-]" + O + "\\d{1,2}(?:" + O + "[/.-]" + O
                    + "\\d{4})?|\\d{1,2}" + S + "tháng" + S + "\\d{1,2}(?:" + S + "năm" + S + "\\d{4})?)" + O + ",?"
                    + O + "$", FLAGS);

    private TimeExpressions() {
    }

    /** The text in lower case, char for char (offsets unchanged); all methods here expect it. */
    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Every time expression in {@code text[from, to)}, without overlaps (the longest wins), in order. {@code text}
     * must be {@link #lower lower-cased}.
     */
    static List<Found> find(String text, int from, int to, DocumentYear year) {
        List<Found> all = new ArrayList<>();
        Matcher m = FULL_NUM.matcher(text).region(from, to);
        while (m.find()) {
            LocalDate d = DocumentYear.safeDate(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(1)));
            if (d != null) {
                all.add(new Found(m.start(), m.end(), Kind.DATE, d, null, false));
            }
        }
        m = SHORT_NUM.matcher(text).region(from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (DocumentYear.valid(day, month)) {
                all.add(new Found(m.start(), m.end(), Kind.DATE, year.dayMonth(day, month), null, true));
            }
        }
        m = WORD_DATE.matcher(text).region(from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            Integer y = explicitYear(m, 3);
            LocalDate d = y != null ? DocumentYear.safeDate(y, month, day) : year.dayMonth(day, month);
            if (DocumentYear.valid(day, month)) {
                all.add(new Found(m.start(), m.end(), Kind.DATE, d, null, false));
            }
        }
        m = DAY_ONLY.matcher(text).region(from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            if (day >= 1 && day <= 31) {
                all.add(new Found(m.start(), m.end(), Kind.DAY, null, null, false));
            }
        }
        m = MONTH.matcher(text).region(from, to);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                all.add(new Found(m.start(), m.end(), Kind.PERIOD, year.endOfMonth(month, explicitYear(m, 2)), null,
                        false));
            }
        }
        m = QUARTER.matcher(text).region(from, to);
        while (m.find()) {
            int q = quarter(m.group(1));
            all.add(new Found(m.start(), m.end(), Kind.PERIOD, year.endOfMonth(q * 3, explicitYear(m, 2)), null,
                    false));
        }
        m = HALF.matcher(text).region(from, to);
        while (m.find()) {
            int month = m.group(1).toLowerCase(Locale.ROOT).startsWith("đ") ? 6 : 12;
            all.add(new Found(m.start(), m.end(), Kind.PERIOD, year.endOfMonth(month, explicitYear(m, 2)), null,
                    false));
        }
        m = YEAR_END.matcher(text).region(from, to);
        while (m.find()) {
            all.add(new Found(m.start(), m.end(), Kind.PERIOD, year.endOfMonth(12, explicitYear(m, 1)), null, false));
        }
        m = YEAR.matcher(text).region(from, to);
        while (m.find()) {
            all.add(new Found(m.start(), m.end(), Kind.PERIOD, year.endOfMonth(12, Integer.parseInt(m.group(1))),
                    null, true));
        }
        m = RELATIVE.matcher(text).region(from, to);
        while (m.find()) {
            String lead = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s*_]+", " ");
            boolean strong = lead.equals("trong thời hạn") || lead.equals("trong vòng") || lead.startsWith("chậm");
            boolean anchored = m.group(4) != null;
            if (!strong && !anchored) {
                continue;
            }
            int end = anchored ? anchorEnd(text, m.end(), to) : m.end();
            LocalDate d = anchored ? relativeDate(text.substring(m.end(), end), Integer.parseInt(m.group(2)),
                    m.group(3), year) : null;
            all.add(new Found(m.start(), end, Kind.RELATIVE, d, null, false));
        }
        addRecurrences(all, RECUR_EVERY.matcher(text).region(from, to));
        addRecurrences(all, RECUR_PERIODIC.matcher(text).region(from, to));
        m = RECUR_HALF.matcher(text).region(from, to);
        while (m.find()) {
            all.add(new Found(m.start(), m.end(), Kind.RECURRING, null, Recurrence.HALF_YEARLY, false));
        }
        m = VAGUE.matcher(text).region(from, to);
        while (m.find()) {
            all.add(new Found(m.start(), m.end(), Kind.VAGUE, null, null, false));
        }
        return withoutOverlaps(all);
    }

    private static void addRecurrences(List<Found> all, Matcher m) {
        while (m.find()) {
            Recurrence r = recurrence(m.group(1));
            if (r != null) {
                all.add(new Found(m.start(), m.end(), Kind.RECURRING, null, r, false));
            }
        }
    }

    private static Recurrence recurrence(String unit) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "tháng":
                return Recurrence.MONTHLY;
            case "quý":
            case "qúy":
                return Recurrence.QUARTERLY;
            case "năm":
                return Recurrence.YEARLY;
            default:
                return null; // weekly and others are not in the contract
        }
    }

    private static List<Found> withoutOverlaps(List<Found> all) {
        all.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::start));
        java.util.TreeMap<Integer, Found> kept = new java.util.TreeMap<>();
        for (Found f : all) {
            java.util.Map.Entry<Integer, Found> before = kept.floorEntry(f.start());
            java.util.Map.Entry<Integer, Found> after = kept.ceilingEntry(f.start());
            boolean free = (before == null || before.getValue().end() <= f.start())
                    && (after == null || after.getKey() >= f.end());
            if (free) {
                kept.put(f.start(), f);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static Integer explicitYear(Matcher m, int firstGroup) {
        for (int g = firstGroup; g <= m.groupCount(); g++) {
            if (m.group(g) != null && m.group(g).length() == 4) {
                return Integer.parseInt(m.group(g));
            }
        }
        return null;
    }

    private static int quarter(String roman) {
        switch (roman.toUpperCase(Locale.ROOT)) {
            case "I":
            case "1":
                return 1;
            case "II":
            case "2":
                return 2;
            case "III":
            case "3":
                return 3;
            default:
                return 4;
        }
    }

    /** The anchor of a relative limit runs to the end of its clause (at most 120 characters). */
    private static int anchorEnd(String text, int from, int to) {
        int limit = Math.min(to, from + 120);
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '\n' || (c == '.' && (i + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static final Pattern ANCHOR_DATE = Pattern.compile(
            "^[\\s*_]*(?:ngày" + S + ")?(\\d{1,2})\\s{0,2}([/.-])\\s{0,2}(\\d{1,2})\\s{0,2}\\2\\s{0,2}(\\d{4})", FLAGS);
    private static final Pattern ANCHOR_SIGNED = Pattern.compile(
            "^[\\s*_]*ngày" + S + "(?:ký|kí|ban" + S + "hành)(?![\\p{L}])", FLAGS);

    /** "15 ngày kể từ ngày 01/7/2025" → 16/7/2025; from the signing date when the document has one; else null. */
    private static LocalDate relativeDate(String anchor, int amount, String unit, DocumentYear year) {
        String u = unit.toLowerCase(Locale.ROOT).replaceAll("[\\s*_]+", " ");
        if (u.startsWith("ngày làm")) {
            return null; // working days depend on holidays
        }
        LocalDate base = null;
        Matcher d = ANCHOR_DATE.matcher(anchor);
        if (d.find()) {
            base = DocumentYear.safeDate(Integer.parseInt(d.group(4)), Integer.parseInt(d.group(3)),
                    Integer.parseInt(d.group(1)));
        } else if (ANCHOR_SIGNED.matcher(anchor).find()) {
            base = year.issued();
        }
        if (base == null) {
            return null;
        }
        switch (u) {
            case "ngày":
                return base.plusDays(amount);
            case "tuần":
                return base.plusWeeks(amount);
            case "giờ":
                return base.plusDays((amount + 23) / 24);
            case "tháng":
                return base.plusMonths(amount);
            default:
                return base.plusYears(amount);
        }
    }

    /** The start of "ngày", "17 giờ" written directly before an expression starting at {@code start}. */
    static int prefixStart(String text, int floor, int start) {
        int from = Math.max(floor, start - 40);
        Matcher m = PREFIX.matcher(text).region(from, start);
        m.useTransparentBounds(true);
        int best = start;
        while (m.find()) {
            if (m.end() == start && m.start() < best) {
                best = m.start();
            }
            if (m.end() == start) {
                break;
            }
        }
        return best;
    }

    /** The trigger word written directly before {@code start} (after {@code floor}), or null. */
    static Trigger triggerBefore(String text, int floor, int start) {
        int from = Math.max(floor, start - TRIGGER_REACH);
        Matcher m = TRIGGER.matcher(text).region(from, start);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() != start) {
                continue;
            }
            String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s*_]+", " ");
            TriggerKind kind;
            if (w.startsWith("trong") || w.equals("vào")) {
                kind = TriggerKind.WITHIN;
            } else if (w.startsWith("đến") || w.equals("tới")) {
                kind = TriggerKind.UNTIL;
            } else if (w.startsWith("thời gian") || w.equals("tiến độ")) {
                kind = TriggerKind.LABEL;
            } else {
                kind = TriggerKind.BEFORE;
            }
            return new Trigger(m.start(), kind, w);
        }
        return null;
    }

    /** The start of "từ (ngày) &lt;date&gt;" written directly before {@code at} (a window's opening), or -1. */
    static int windowOpenBefore(String text, int floor, int at) {
        int from = Math.max(floor, at - 45);
        Matcher m = WINDOW_OPEN.matcher(text).region(from, at);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() == at) {
                return m.start();
            }
        }
        return -1;
    }

    /** A period that is the whole of a heading ("Quý I", "Tháng 9/2024:", "6 tháng đầu năm"), or null. */
    static Found wholePeriod(String text, int from, int to, DocumentYear year) {
        int a = from;
        int b = to;
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        if (a >= b || b - a > 40) {
            return null;
        }
        String sub = lower(text.substring(a, b));
        for (Found f : find(sub, 0, sub.length(), year)) {
            if (f.start() == 0 && f.end() == sub.length() && f.kind() == Kind.PERIOD && !f.needsNgay()) {
                return new Found(a, b, f.kind(), f.date(), f.recurrence(), false);
            }
        }
        return null;
    }
}
