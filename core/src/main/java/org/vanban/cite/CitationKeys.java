package org.vanban.cite;

/**
 * The format of {@link Citation#key()}: the canonical symbol, then {@code @} and the year when one is known
 * ({@code "16/CT-TTg@2016"}, {@code "04/2015/NĐ-CP@2015"}, {@code "25-NQ/TW@2013"}); instruments cited by name
 * use their canonical name ({@code "Luật Tiếp công dân"}).
 */
public final class CitationKeys {

    private CitationKeys() {
    }

    public static String of(String canonical, Integer year) {
        return year == null ? canonical : canonical + "@" + year;
    }
}
