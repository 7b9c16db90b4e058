package org.vanban.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.vanban.normalize.Diacritics;
import org.vanban.normalize.NormalizedText;

/**
 * Records on each citation what the normaliser repaired inside it, so that a repair is reported whichever stage
 * made it: a symbol broken across lines that normalisation joined ("line-break: NĐ-⏎CP → NĐ-CP"), a look-alike
 * letter it replaced ("look-alike: QÐ-UBND → QĐ-UBND"). Moving a tone mark is a matter of style, not a repair,
 * and is not recorded.
 */
public final class NormalisationRepairs {

    private NormalisationRepairs() {
    }

    /**
     * The citations, each with the normaliser's repairs inside its span added to its {@code repairs}.
     *
     * @param citations  citations with {@code char} offsets into {@code normalized.text()}
     * @param source     the text the normaliser was given
     * @param normalized what it made of it
     */
    public static List<Citation> note(List<Citation> citations, String source, NormalizedText normalized) {
        if (normalized.isAligned() && source.equals(normalized.text())) {
            return citations;
        }
        List<Citation> result = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            List<String> found = repairsIn(c, source, normalized);
            if (found.isEmpty()) {
                result.add(c);
            } else {
                List<String> repairs = new ArrayList<>(found);
                repairs.addAll(c.repairs());
                result.add(new Citation(c.surface(), c.start(), c.end(), c.type(), c.symbol(), c.canonical(),
                        c.number(), c.year(), c.date(), c.issuer(), c.name(), c.key(), repairs));
            }
        }
        return result;
    }

    private static List<String> repairsIn(Citation c, String source, NormalizedText normalized) {
        List<String> repairs = new ArrayList<>();
        String text = normalized.text();
        int i = c.start();
        while (i < c.end()) {
            while (i < c.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int tokenStart = i;
            while (i < c.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == tokenStart) {
                break;
            }
            String token = text.substring(tokenStart, i);
            String printed = Normalizer.normalize(
                    source.substring(normalized.sourceOffset(tokenStart), normalized.sourceOffset(i)),
                    Normalizer.Form.NFC);
            String kind = kindOf(printed, token);
            if (kind != null) {
                repairs.add(kind + ": " + printed.replaceAll("\\s*\\R\\s*", "⏎").replaceAll("\\s+", " ") + " → "
                        + token);
            }
        }
        return repairs;
    }

    /** What turned {@code printed} into {@code token}, or null when nothing worth reporting did. */
    private static String kindOf(String printed, String token) {
        if (printed.equals(token)) {
            return null;
        }
        if (printed.chars().anyMatch(ch -> ch == '\n' || ch == '\r')) {
            return "line-break";
        }
        boolean sameLetters = Diacritics.fold(printed).equals(Diacritics.fold(token));
        if (sameLetters && printed.length() == token.length()) {
            for (int k = 0; k < printed.length(); k++) {
                char p = printed.charAt(k);
                if (p != token.charAt(k) && !isVietnameseLetter(p)) {
                    return "look-alike";
                }
            }
            return null; // a tone mark moved
        }
        return "normalised";
    }

    private static boolean isVietnameseLetter(char ch) {
        if (ch == 'đ' || ch == 'Đ') {
            return true;
        }
        String base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        char b = base.charAt(0);
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
