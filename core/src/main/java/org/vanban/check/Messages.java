package org.vanban.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;

/** The bilingual message templates of {@code messages.properties}. Immutable after loading; thread-safe. */
final class Messages {

    static final Messages INSTANCE = load();

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Properties templates;

    private Messages(Properties templates) {
        this.templates = templates;
    }

    private static Messages load() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(p);
    }

    /** The Vietnamese text of a template with its values filled in. */
    String vi(String key, Map<String, ?> values) {
        return fill(key + ".vi", values, true);
    }

    /** The English text of a template with its values filled in. */
    String en(String key, Map<String, ?> values) {
        return fill(key + ".en", values, false);
    }

    static String date(LocalDate d, boolean vietnamese) {
        return d == null ? "?" : vietnamese ? VI_DATE.format(d) : d.toString();
    }

    private String fill(String key, Map<String, ?> values, boolean vietnamese) {
        String template = templates.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no message " + key);
        }
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            String name = template.substring(open + 1, close);
            Object value = values.get(name);
            sb.append(value instanceof LocalDate d ? date(d, vietnamese)
                    : value instanceof Bilingual b ? (vietnamese ? b.vi() : b.en())
                    : value == null ? "" : value.toString());
            i = close + 1;
        }
        return sb.toString();
    }

    /** A value that reads differently in the two languages. */
    record Bilingual(String vi, String en) {
    }

    /** A template rendered in both languages, as a value for another template. */
    Bilingual both(String key, Map<String, ?> values) {
        return new Bilingual(vi(key, values), en(key, values));
    }
}
