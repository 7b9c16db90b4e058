package org.vanban.cite;

import java.util.Objects;

/**
 * The format of {@link Citation#key()}, which identifies an instrument across mentions and documents. Registries
 * and indexes look instruments up by it.
 *
 * <p>A key is the canonical symbol, then {@code @} and the year when one is known:
 * <ul>
 *   <li>{@code "16/CT-TTg@2016"} and {@code "16/CT-TTg@2020"}: two different directives with one symbol;</li>
 *   <li>{@code "04/2015/NĐ-CP@2015"}: a normative symbol carries its year;</li>
 *   <li>{@code "25-NQ/TW@2013"}, {@code "11-QĐi/TW@2019"}: Party symbols carry none, the date gives it;</li>
 *   <li>{@code "Luật Tiếp công dân"}, {@code "Hiến pháp năm 2013@2013"}, {@code "Nghị quyết Trung ương 4 khóa
 *       XII"}: instruments cited by name use their canonical name;</li>
 *   <li>{@code "33/CT-TTg"}: the bare canonical symbol when no year can be resolved.</li>
 * </ul>
 * The year is the mention's own (from its symbol, else its date, else a year written with its name); failing that,
 * the year of the nearest earlier mention of the same canonical symbol in the document; failing that, the one year
 * that all dated mentions of it in the document agree on. Short references ("Chỉ thị 33") and laws named after
 * their numbered mention ("Luật Đất đai" after "Luật Đất đai số 31/2024/QH15") take the key of the mention they
 * refer to.
 */
public final class CitationKeys {

    /** Separates the canonical symbol or name from the year. */
    public static final char YEAR_SEPARATOR = '@';

    private CitationKeys() {
    }

    /** {@code canonical@year}, or the canonical alone when the year is null. */
    public static String of(String canonical, Integer year) {
        Objects.requireNonNull(canonical, "canonical");
        return year == null ? canonical : canonical + YEAR_SEPARATOR + year;
    }

    /** The canonical symbol or name of a key ({@code "16/CT-TTg@2016"} → {@code "16/CT-TTg"}). */
    public static String canonicalOf(String key) {
        int at = key.lastIndexOf(YEAR_SEPARATOR);
        return at < 0 || !isYear(key, at + 1) ? key : key.substring(0, at);
    }

    /** The year of a key, or null when it has none. */
    public static Integer yearOf(String key) {
        int at = key.lastIndexOf(YEAR_SEPARATOR);
        return at < 0 || !isYear(key, at + 1) ? null : Integer.valueOf(key.substring(at + 1));
    }

    private static boolean isYear(String key, int from) {
        if (key.length() - from != 4) {
            return false;
        }
        for (int i = from; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
