package org.vanban.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.Section;

/**
 * Hand-built {@link DocumentStructure}s for extractor tests, independent of the structure parser: every line that
 * starts with a Roman numeral ("IV.") is a level-1 section, with an Arabic number ("1.") level 2, with a letter
 * ("a)") level 3; the body is the whole text.
 */
public final class TestStructures {

    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t#*]*(?:(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})"
            + "(?:IX|IV|V?I{0,3}))\\.|(\\d{1,2})\\.|([a-zđ])\\))[ \\t*]*(.*)$");

    private TestStructures() {
    }

    public static DocumentStructure plan(String text, LocalDate issued, String title) {
        return of("KẾ HOẠCH", text, issued, title, null);
    }

    public static DocumentStructure of(String docType, String text, LocalDate issued, String title, String issuer) {
        List<Section> sections = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            int level;
            String label;
            if (m.group(1) != null && !m.group(1).isEmpty()) {
                level = 1;
                label = m.group(1);
            } else if (m.group(2) != null) {
                level = 2;
                label = m.group(2);
            } else if (m.group(3) != null) {
                level = 3;
                label = m.group(3);
            } else {
                continue;
            }
            String rest = m.group(4).replace("*", "").strip();
            int stop = rest.indexOf(". ");
            String title1 = stop > 0 ? rest.substring(0, stop) : rest;
            title1 = title1.replaceAll("[:.]$", "");
            sections.add(new Section(level, label, title1, m.start(), text.length()));
        }
        return new DocumentStructure(docType, null, null, issued, null, title, issuer, null, List.of(), sections,
                new TextSpan(0, text.length()));
    }

    /** A citation record covering {@code surface}'s first occurrence in {@code text}. */
    public static Citation citation(String text, String surface) {
        int at = text.indexOf(surface);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + surface);
        }
        return new Citation(surface, at, at + surface.length(), "Quyết định", null, null, null, null, null, null,
                null, null, List.of());
    }
}
