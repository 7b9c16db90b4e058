package org.vanban.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vanban.normalize.Diacritics;

/**
 * Decides whether two ways of writing an issuer name the same body: diacritics and case are ignored (so the typo
 * "Thủ tường Chính phủ" still names the Prime Minister; spelling is not this check's business), abbreviations are
 * expanded, the term "(khóa XI)" and qualifiers such as "Trung ương Đảng" are dropped. The lists live in
 * {@code issuer-abbreviations.txt}. Thread-safe.
 */
final class IssuerNames {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern TERM = Pattern.compile("\\bkhoa [ivxlcdm]+\\b");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private final Map<String, String> abbreviations = new LinkedHashMap<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    IssuerNames() {
        for (String line : WordLists.lines("issuer-abbreviations.txt")) {
            if (line.startsWith("suffix:")) {
                suffixes.add(line.substring(7).strip());
            } else if (line.startsWith("prefix:")) {
                prefixes.add(line.substring(7).strip());
            } else {
                String[] kv = line.split("=", 2);
                abbreviations.put(kv[0].strip(), kv[1].strip());
            }
        }
    }

    boolean sameBody(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /** Whether {@code printed} names the body whose normal form is {@code registryNormal}. */
    boolean names(String printed, String registryNormal) {
        return normal(printed).equals(registryNormal);
    }

    String normal(String issuer) {
        String s = Diacritics.fold(issuer).toLowerCase(Locale.ROOT);
        s = PARENTHESES.matcher(s).replaceAll(" ");
        s = TERM.matcher(s).replaceAll(" ");
        StringBuilder sb = new StringBuilder();
        for (String word : WHITESPACE.split(s)) {
            String w = EDGE_PUNCTUATION.matcher(word).replaceAll("");
            if (w.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(abbreviations.getOrDefault(w, w));
        }
        s = NON_WORD.matcher(sb.toString()).replaceAll(" ").strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : suffixes) {
                if (s.endsWith(" " + suffix)) {
                    s = s.substring(0, s.length() - suffix.length() - 1).strip();
                    changed = true;
                }
            }
            for (String prefix : prefixes) {
                if (s.startsWith(prefix + " ")) {
                    s = s.substring(prefix.length() + 1).strip();
                    changed = true;
                }
            }
        }
        return s;
    }
}
