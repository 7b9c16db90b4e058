package org.vanban.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.normalize.Diacritics;

/**
 * Finds bodies of local government named in a text: a body word ("Ủy ban nhân dân", "UBND", "Phòng Giáo dục và Đào
 * tạo"), a kind ("huyện", "tỉnh", "thành phố") and, usually, a proper name ("Tân Hồng"). Mentions marked as past
 * ("nguyên …", "… (cũ)", "trước khi sắp xếp") are left out. Word lists are resources beside this class. Offsets are
 * {@code char} indices. Thread-safe.
 */
final class UnitBodyMatcher {

    /** The level a kind word denotes; {@code CITY} is decided by the name. */
    enum KindLevel { PROVINCE, DISTRICT, CITY }

    /**
     * A body found in the text.
     *
     * @param start   start ({@code char} index)
     * @param end     end
     * @param kind    the kind word as written, lower case ("huyện")
     * @param level   the level of the kind word
     * @param name    the name tokens after the kind word, at most four, or empty for "UBND huyện" without a name
     */
    record Mention(int start, int end, String kind, KindLevel level, List<String> name) {
    }

    private static final int MAX_NAME_TOKENS = 4;
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*|\\d{1,2}|[-–]");
    private static final int BEFORE_WINDOW = 40;
    private static final Set<String> NAME_STOP_WORDS = Set.of("tinh", "huyen", "quan", "thanh", "pho", "thi", "xa",
            "phuong", "ve", "v", "v/v", "ngay", "nam", "thang", "va", "ban", "so", "cua", "tai", "theo");

    private static final int MAX_MENTION = 300;

    private final Pattern pattern;
    private final List<String> anyCaseWords = new ArrayList<>();
    private final List<String> capitalisedWords = new ArrayList<>();
    private final Map<String, KindLevel> kinds;
    private final List<String> beforeCues;
    private final List<String> afterCues;

    UnitBodyMatcher() {
        List<String> bodies = lines("unit-bodies.txt");
        this.kinds = new LinkedHashMap<>();
        for (String line : lines("unit-kinds.txt")) {
            String[] kv = line.split("=", 2);
            kinds.put(kv[0].strip().toLowerCase(Locale.ROOT),
                    KindLevel.valueOf(kv[1].strip().toUpperCase(Locale.ROOT)));
        }
        this.beforeCues = new ArrayList<>();
        this.afterCues = new ArrayList<>();
        for (String line : lines("unit-history-cues.txt")) {
            if (line.startsWith("before:")) {
                beforeCues.add(fold(line.substring(7).strip()));
            } else if (line.startsWith("after:")) {
                afterCues.add(fold(line.substring(6).strip()));
            }
        }
        StringBuilder anyCase = new StringBuilder();
        StringBuilder capitalised = new StringBuilder();
        for (String b : bodies.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (b.startsWith("^")) {
                capitalised.append(capitalised.length() == 0 ? "" : "|").append(Pattern.quote(b.substring(1)));
                capitalisedWords.add(b.substring(1));
            } else {
                anyCase.append(anyCase.length() == 0 ? "" : "|").append(Pattern.quote(b));
                anyCaseWords.add(b.toLowerCase(Locale.ROOT));
            }
        }
        StringBuilder kindAlternatives = new StringBuilder();
        for (String k : kinds.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            kindAlternatives.append(kindAlternatives.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
        String body = "(?:(?iu:" + anyCase + ")|(?:" + capitalised + ")(?:[ \\t]+[^\\s,;:.()\"“”]+){0,8}?)";
        String token = "(?:\\p{Lu}[\\p{L}\\p{M}]*|\\d{1,2})";
        String name = token + "(?:(?:[ \\t]*[-–][ \\t]*|[ \\t]+)" + token + "){0,5}";
        StringBuilder initials = new StringBuilder();
        for (String b : bodies) {
            String first = b.startsWith("^") ? b.substring(1, 2) : b.substring(0, 1);
            initials.append(first).append(first.toLowerCase(Locale.ROOT)).append(first.toUpperCase(Locale.ROOT));
        }
        // The class of first letters lets the engine skip most positions before trying the alternatives.
        this.pattern = Pattern.compile("(?=[" + Pattern.quote(initials.toString()).replace("\\Q", "")
                .replace("\\E", "") + "])(?<![\\p{L}\\p{M}])" + body + "[ \\t]+(?<kind>(?iu:" + kindAlternatives
                + "))(?![\\p{L}\\p{M}])(?:[ \\t]+(?<name>" + name + "))?");
    }

    /** Every body in {@code text}, in order, without those marked as past. */
    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = 0;
        for (int start : candidateStarts(text)) {
            if (start < lastEnd) {
                continue;
            }
            m.region(start, Math.min(text.length(), start + MAX_MENTION));
            if (!m.lookingAt()) {
                continue;
            }
            lastEnd = m.end();
            String kindText = m.group("kind").toLowerCase(Locale.ROOT);
            KindLevel level = kinds.get(kindText);
            if (level == null) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            int end = m.end("kind");
            if (m.group("name") != null) {
                Matcher t = NAME_TOKEN.matcher(m.group("name"));
                int base = m.start("name");
                while (t.find() && tokens.size() < MAX_NAME_TOKENS) {
                    String tok = t.group();
                    if (tok.equals("-") || tok.equals("–")) {
                        continue;
                    }
                    if (NAME_STOP_WORDS.contains(fold(tok))) {
                        break;
                    }
                    tokens.add(tok);
                    end = base + t.end();
                }
            }
            if (isPast(text, m.start(), end)) {
                continue;
            }
            out.add(new Mention(m.start(), end, kindText, level, List.copyOf(tokens)));
        }
        return out;
    }

    /**
     * Where a body word starts, found with plain string search (the full pattern is then tried only there): the
     * case-insensitive words in the lower-cased text, the capitalised ones in the text itself.
     */
    private List<Integer> candidateStarts(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        if (lower.length() != text.length()) {
            for (int i = 0; i < text.length(); i++) {
                starts.add(i); // lower-casing changed the length (rare letters): try everywhere
            }
            return new ArrayList<>(starts);
        }
        for (String word : anyCaseWords) {
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                starts.add(i);
            }
        }
        for (String word : capitalisedWords) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                starts.add(i);
            }
        }
        return new ArrayList<>(starts);
    }

    private boolean isPast(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = fold(text.substring(Math.max(lineStart, start - BEFORE_WINDOW), start));
        for (String cue : beforeCues) {
            if (before.contains(cue)) {
                return true;
            }
        }
        String after = fold(text.substring(end, Math.min(text.length(), end + 16))).stripLeading();
        for (String cue : afterCues) {
            if (after.startsWith(cue) && (after.length() == cue.length()
                    || !Character.isLetter(after.charAt(cue.length())))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Diacritics.fold(s).toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String resource) {
        return WordLists.lines(resource);
    }
}
