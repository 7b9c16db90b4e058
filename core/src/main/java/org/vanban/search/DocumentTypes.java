package org.vanban.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.vanban.index.IndexFields;

/** Resolves what a user types for a document type ("KH", "ke hoach", "Kế hoạch") to the indexed form. */
final class DocumentTypes {

    private static final String RESOURCE = "doc-type-abbreviations.tsv";
    /** Abbreviation (exact case, then upper-cased) → type as printed. */
    private static final Map<String, String> ABBREVIATIONS = load();

    private DocumentTypes() {
    }

    /** The {@link IndexFields#DOC_TYPE} term for a type or its abbreviation. */
    static String indexedForm(String typed) {
        String t = typed.strip();
        String full = ABBREVIATIONS.get(t);
        if (full == null) {
            full = ABBREVIATIONS.getOrDefault(IndexFields.matchKey(t), t);
        }
        return IndexFields.foldedLabel(full);
    }

    private static final java.util.regex.Pattern SYMBOL_CODE =
            java.util.regex.Pattern.compile("^\\d+[-/](?:(?:19|20)\\d\\d/)?([\\p{L}]+)");

    /**
     * The type word a symbol's code stands for ("08-NQQ/TU" → "Nghị quyết", the longest known abbreviation that
     * starts the code), or "Văn bản" when none does.
     */
    static String typeWordOf(String symbol) {
        java.util.regex.Matcher m = SYMBOL_CODE.matcher(symbol.strip());
        if (!m.find()) {
            return "Văn bản";
        }
        String code = m.group(1);
        for (int len = code.length(); len > 0; len--) {
            String prefix = code.substring(0, len);
            String full = ABBREVIATIONS.get(prefix);
            if (full == null) {
                full = ABBREVIATIONS.get(IndexFields.matchKey(prefix));
            }
            if (full != null) {
                return full;
            }
        }
        return "Văn bản";
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = DocumentTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0], cols[1]);
                map.putIfAbsent(IndexFields.matchKey(cols[0]), cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
