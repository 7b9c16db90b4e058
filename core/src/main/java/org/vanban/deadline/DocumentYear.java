package org.vanban.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.structure.DocumentStructure;

/**
 * The year rule: which year a date written without one ("trước ngày 20/5", "Quý II") belongs to.
 *
 * <ul>
 *   <li>A day and month take the year of the document's date ({@code issuedDate}); if that puts them more than
 *       {@value #ROLL_FORWARD_DAYS} days before the document was signed, the next year (a plan signed on
 *       20/12/2024 that asks for a report "trước ngày 15/01" means 15/01/2025). Without a document date they take
 *       the year in the title ("… năm 2023"); in a school-year plan ("năm học 2023-2024") months from August on
 *       belong to the first year and the others to the second.</li>
 *   <li>Periods — a quarter, a month, "6 tháng đầu năm", "cuối năm" — belong to the plan's year: the one year the
 *       title names, else the year of the document's date (a plan "năm 2025" signed in December 2024 schedules
 *       its quarters in 2025); school-year plans as above.</li>
 *   <li>With none of these the date is unknown and the deadline gets {@code date: null}.</li>
 * </ul>
 *
 * @param issued     the document's date, or null
 * @param titleYear  the one year the title names, or null
 * @param schoolYear the first year of the school year the title names ("năm học 2023-2024" → 2023), or null
 */
public record DocumentYear(LocalDate issued, Integer titleYear, Integer schoolYear) {

    static final int ROLL_FORWARD_DAYS = 60;

    private static final Pattern SCHOOL_YEAR =
            Pattern.compile("năm\\s+học\\s+(\\d{4})\\s*[-–—/]\\s*(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[4-9]\\d|20\\d\\d|2100)(?!\\d)");

    /** The year facts of a parsed document. */
    public static DocumentYear of(DocumentStructure structure) {
        return of(structure.issuedDate(), structure.title());
    }

    public static DocumentYear of(LocalDate issued, String title) {
        Integer titleYear = null;
        Integer schoolYear = null;
        if (title != null) {
            Matcher school = SCHOOL_YEAR.matcher(title);
            if (school.find() && Integer.parseInt(school.group(2)) == Integer.parseInt(school.group(1)) + 1) {
                schoolYear = Integer.parseInt(school.group(1));
            } else {
                Set<Integer> years = new LinkedHashSet<>();
                Matcher m = YEAR.matcher(title);
                while (m.find()) {
                    years.add(Integer.parseInt(m.group(1)));
                }
                if (years.size() == 1) {
                    titleYear = years.iterator().next();
                }
            }
        }
        return new DocumentYear(issued, titleYear, schoolYear);
    }

    /** The date of a day and month written without a year, or null when no year can be told. */
    public LocalDate dayMonth(int day, int month) {
        if (!valid(day, month)) {
            return null;
        }
        if (issued != null) {
            LocalDate d = safeDate(issued.getYear(), month, day);
            if (d != null && d.isBefore(issued.minusDays(ROLL_FORWARD_DAYS))) {
                d = safeDate(issued.getYear() + 1, month, day);
            }
            return d;
        }
        Integer y = yearOfMonth(month);
        return y == null ? null : safeDate(y, month, day);
    }

    /** The plan's year for a period that falls in {@code month} (1–12), or null. */
    public Integer yearOfMonth(int month) {
        if (titleYear != null) {
            return titleYear;
        }
        if (schoolYear != null) {
            return month >= 8 ? schoolYear : schoolYear + 1;
        }
        return issued != null ? issued.getYear() : null;
    }

    /** The last day of {@code month} in the plan's year (or in {@code explicitYear} when the text gives one). */
    public LocalDate endOfMonth(int month, Integer explicitYear) {
        if (month < 1 || month > 12) {
            return null;
        }
        Integer y = explicitYear != null ? explicitYear : yearOfMonth(month);
        return y == null ? null : YearMonth.of(y, month).atEndOfMonth();
    }

    static boolean valid(int day, int month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    static LocalDate safeDate(int year, int month, int day) {
        if (!valid(day, month) || year < 1 || year > 9999) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
    }
}
