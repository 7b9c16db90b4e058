package org.vanban.corpus.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks one gold object against its document: the schema of {@code corpus/samples/README.md} (keys, key order,
 * value types) and the offsets (code-point indices whose text equals the surface; headings at a line start).
 * Returns every problem found rather than stopping at the first, so that a broken gold file is fixed in one go.
 *
 * <p>The static helpers read a gold set from its folders ({@code docs/}, {@code gold/}, the README counts table), so
 * that every set written to these conventions (the samples, the held-out set) is validated the same way.
 */
public final class SampleGoldValidator {

    static final List<String> TOP_KEYS = List.of("docType", "number", "issuedDate", "place", "title", "issuer",
            "signer", "recipients", "citations", "deadlines", "sections", "assignments");
    static final List<String> SIGNER_KEYS = List.of("name", "title", "authority");
    static final List<String> CITATION_KEYS = List.of("surface", "start", "end", "type", "symbol", "canonical",
            "number", "year", "date", "issuer", "name");
    static final List<String> DEADLINE_KEYS = List.of("surface", "start", "end", "date", "recurrence", "what", "who");
    static final List<String> SECTION_KEYS = List.of("level", "label", "title", "start");
    static final List<String> ASSIGNMENT_KEYS = List.of("who", "task", "surface", "start", "end");

    static final Set<String> CITATION_TYPES = Set.of("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Nghị quyết",
            "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Thông tư liên tịch", "Quy định", "Quy chế", "Kết luận",
            "Hướng dẫn", "Kế hoạch", "Chương trình", "Đề án", "Công văn", "Văn bản", "Thông báo", "Báo cáo",
            "Tờ trình", "Công điện");
    static final Set<String> RECURRENCES = Set.of("monthly", "quarterly", "half-yearly", "yearly");

    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");
    private static final Pattern SYMBOL_YEAR = Pattern.compile("/((?:19|20)\\d\\d)/");
    private static final Pattern HEADING_MARKUP = Pattern.compile("^[#*\\s]*");
    private static final Pattern COUNTS_ROW = Pattern.compile(
            "^\\| `([^`]+)` \\| [^|]+ \\| [^|]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");

    private final String text;
    private final int[] codePoints;
    private final List<String> problems = new ArrayList<>();

    private SampleGoldValidator(String text) {
        this.text = text;
        this.codePoints = text.codePoints().toArray();
    }

    /** Every problem of {@code gold} as the gold of {@code text}; empty when it is valid. */
    public static List<String> problems(String text, JsonNode gold) {
        SampleGoldValidator v = new SampleGoldValidator(text);
        v.validate(gold);
        return List.copyOf(v.problems);
    }

    /** The names, without {@code extension}, of the files in {@code dir} that end with it; sorted. */
    public static Set<String> baseNames(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .forEach(n -> names.add(n.substring(0, n.length() - extension.length())));
            return names;
        }
    }

    /** Decodes {@code bytes} as UTF-8, failing on any malformed sequence; {@code name} names the file in the error. */
    public static String strictUtf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    /** What keeps {@code bytes} from being a clean document: a byte-order mark, CR, not NFC, no final line feed. */
    public static List<String> documentProblems(byte[] bytes, String name) {
        String text = strictUtf8(bytes, name);
        List<String> found = new ArrayList<>();
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            found.add(name + " starts with a byte-order mark");
        }
        if (text.indexOf('\r') >= 0) {
            found.add(name + " has CR characters");
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            found.add(name + " is not NFC");
        }
        if (!text.endsWith("\n")) {
            found.add(name + " does not end with a line feed");
        }
        return found;
    }

    /**
     * The counts of every gold file in {@code goldDir}, by base name: citations, distinct canonical values,
     * deadlines, sections, assignments (the columns of the README counts table).
     */
    public static Map<String, List<Integer>> goldCounts(Path goldDir, ObjectMapper json) throws IOException {
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        for (String base : baseNames(goldDir, ".json")) {
            JsonNode gold = json.readTree(goldDir.resolve(base + ".json").toFile());
            Set<String> canonical = new HashSet<>();
            gold.path("citations").forEach(c -> canonical.add(c.path("canonical").asText()));
            counts.put(base, List.of(gold.path("citations").size(), canonical.size(), gold.path("deadlines").size(),
                    gold.path("sections").size(), gold.path("assignments").size()));
        }
        return counts;
    }

    /** The rows of the counts table in {@code readme} ({@code | `base` | docType | date | n | n | n | n | n |}). */
    public static Map<String, List<Integer>> readmeCounts(Path readme) throws IOException {
        Map<String, List<Integer>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme)) {
            Matcher m = COUNTS_ROW.matcher(line);
            if (m.matches()) {
                table.put(m.group(1), List.of(Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)),
                        Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5)), Integer.valueOf(m.group(6))));
            }
        }
        return table;
    }

    private void validate(JsonNode gold) {
        if (!gold.isObject()) {
            problems.add("gold is not a JSON object");
            return;
        }
        keys("gold", gold, TOP_KEYS);
        nonBlankText("docType", gold.path("docType"));
        for (String key : List.of("number", "place", "title", "issuer")) {
            textOrNull(key, gold.path(key));
        }
        date("issuedDate", gold.path("issuedDate"));
        JsonNode signer = gold.path("signer");
        if (!signer.isNull()) {
            if (keys("signer", signer, SIGNER_KEYS)) {
                nonBlankText("signer.name", signer.path("name"));
                textOrNull("signer.title", signer.path("title"));
                textOrNull("signer.authority", signer.path("authority"));
            }
        }
        JsonNode recipients = gold.path("recipients");
        if (array("recipients", recipients)) {
            for (int i = 0; i < recipients.size(); i++) {
                nonBlankText("recipients[" + i + "]", recipients.get(i));
            }
        }
        citations(gold.path("citations"));
        deadlines(gold.path("deadlines"));
        sections(gold.path("sections"));
        assignments(gold.path("assignments"));
    }

    private void citations(JsonNode list) {
        if (!array("citations", list)) {
            return;
        }
        int previousStart = -1;
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String where = "citations[" + i + "]";
            if (!keys(where, c, CITATION_KEYS)) {
                continue;
            }
            int start = span(where, c);
            if (start >= 0 && start < previousStart) {
                problems.add(where + ": not in order of appearance (start " + start + " < " + previousStart + ")");
            }
            previousStart = Math.max(previousStart, start);
            if (nonBlankText(where + ".type", c.path("type")) && !CITATION_TYPES.contains(c.path("type").asText())) {
                problems.add(where + ".type: not a citation type: " + c.path("type").asText());
            }
            boolean hasSymbol = textOrNull(where + ".symbol", c.path("symbol")) && !c.path("symbol").isNull();
            nonBlankText(where + ".canonical", c.path("canonical"));
            if (textOrNull(where + ".number", c.path("number"))) {
                if (hasSymbol) {
                    Matcher m = LEADING_DIGITS.matcher(c.path("symbol").asText());
                    String expected = m.find() ? m.group() : null;
                    if (!c.path("number").asText().equals(expected)) {
                        problems.add(where + ".number: " + c.path("number") + " is not the leading digits of symbol "
                                + c.path("symbol").asText());
                    }
                } else if (!c.path("number").isNull()) {
                    problems.add(where + ".number: must be null when symbol is null");
                }
            }
            LocalDate date = date(where + ".date", c.path("date"));
            Matcher symbolYear = SYMBOL_YEAR.matcher(hasSymbol ? c.path("symbol").asText() : "");
            Integer yearInSymbol = symbolYear.find() ? Integer.valueOf(symbolYear.group(1)) : null;
            JsonNode year = c.path("year");
            if (year.isInt()) {
                if (yearInSymbol != null && yearInSymbol != year.asInt()) {
                    problems.add(where + ".year: " + year + " differs from the year in symbol " + c.path("symbol"));
                } else if (yearInSymbol == null && date != null && date.getYear() != year.asInt()) {
                    problems.add(where + ".year: " + year + " differs from the year of date " + date);
                }
            } else if (!year.isNull()) {
                problems.add(where + ".year: not an integer or null: " + year);
            } else if (yearInSymbol != null || date != null) {
                problems.add(where + ".year: null although the symbol or the date gives one");
            }
            textOrNull(where + ".issuer", c.path("issuer"));
            textOrNull(where + ".name", c.path("name"));
        }
    }

    private void deadlines(JsonNode list) {
        if (!array("deadlines", list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String where = "deadlines[" + i + "]";
            if (!keys(where, d, DEADLINE_KEYS)) {
                continue;
            }
            span(where, d);
            date(where + ".date", d.path("date"));
            JsonNode recurrence = d.path("recurrence");
            if (!recurrence.isNull() && !(recurrence.isTextual() && RECURRENCES.contains(recurrence.asText()))) {
                problems.add(where + ".recurrence: not one of " + RECURRENCES + " or null: " + recurrence);
            }
            nonBlankText(where + ".what", d.path("what"));
            textOrNull(where + ".who", d.path("who"));
        }
    }

    private void sections(JsonNode list) {
        if (!array("sections", list)) {
            return;
        }
        int previousStart = -1;
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String where = "sections[" + i + "]";
            if (!keys(where, s, SECTION_KEYS)) {
                continue;
            }
            if (!s.path("level").isInt() || s.path("level").asInt() < 1 || s.path("level").asInt() > 4) {
                problems.add(where + ".level: not an integer from 1 to 4: " + s.path("level"));
            }
            boolean labelOk = nonBlankText(where + ".label", s.path("label"));
            nonBlankText(where + ".title", s.path("title"));
            if (!s.path("start").isInt()) {
                problems.add(where + ".start: not an integer: " + s.path("start"));
                continue;
            }
            int start = s.path("start").asInt();
            if (start < 0 || start >= codePoints.length) {
                problems.add(where + ".start: " + start + " out of range 0.." + codePoints.length);
                continue;
            }
            if (start <= previousStart) {
                problems.add(where + ".start: not after the previous section (" + start + " <= " + previousStart + ")");
            }
            previousStart = start;
            if (start > 0 && codePoints[start - 1] != '\n') {
                problems.add(where + ".start: " + start + " is not at the start of a line");
            }
            if (labelOk) {
                String line = lineAt(start);
                String body = HEADING_MARKUP.matcher(line).replaceFirst("");
                if (!body.startsWith(s.path("label").asText())) {
                    problems.add(where + ".label: the line at " + start + " does not begin with label "
                            + s.path("label").asText() + ": " + abbreviate(line));
                }
            }
        }
    }

    private void assignments(JsonNode list) {
        if (!array("assignments", list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String where = "assignments[" + i + "]";
            if (!keys(where, a, ASSIGNMENT_KEYS)) {
                continue;
            }
            nonBlankText(where + ".who", a.path("who"));
            nonBlankText(where + ".task", a.path("task"));
            span(where, a);
        }
    }

    /** Checks surface/start/end; returns start, or -1 when the span is unusable. */
    private int span(String where, JsonNode item) {
        if (!nonBlankText(where + ".surface", item.path("surface"))) {
            return -1;
        }
        if (!item.path("start").isInt() || !item.path("end").isInt()) {
            problems.add(where + ": start and end must be integers");
            return -1;
        }
        int start = item.path("start").asInt();
        int end = item.path("end").asInt();
        String surface = item.path("surface").asText();
        if (start < 0 || end > codePoints.length || start >= end) {
            problems.add(where + ": span [" + start + ", " + end + ") out of range 0.." + codePoints.length);
            return -1;
        }
        if (end - start != surface.codePointCount(0, surface.length())) {
            problems.add(where + ": end - start = " + (end - start) + " but the surface has "
                    + surface.codePointCount(0, surface.length()) + " code points");
        }
        String actual = new String(codePoints, start, end - start);
        if (!actual.equals(surface)) {
            problems.add(where + ": text[" + start + ":" + end + "] is \"" + abbreviate(actual) + "\", surface is \""
                    + abbreviate(surface) + "\"");
        }
        return start;
    }

    /** Checks that {@code node} has exactly {@code expected} keys in that order. */
    private boolean keys(String where, JsonNode node, List<String> expected) {
        if (!node.isObject()) {
            problems.add(where + ": not an object");
            return false;
        }
        List<String> actual = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            actual.add(it.next());
        }
        if (!actual.equals(expected)) {
            problems.add(where + ": keys " + actual + ", expected exactly " + expected);
            return false;
        }
        return true;
    }

    private boolean array(String where, JsonNode node) {
        if (!node.isArray()) {
            problems.add(where + ": not an array");
            return false;
        }
        return true;
    }

    private boolean nonBlankText(String where, JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(where + ": not a non-blank string: " + node);
            return false;
        }
        return true;
    }

    private boolean textOrNull(String where, JsonNode node) {
        if (!node.isNull() && !(node.isTextual() && !node.asText().isBlank())) {
            problems.add(where + ": not a non-blank string or null: " + node);
            return false;
        }
        return true;
    }

    /** Checks an ISO date or null; returns the date when there is a valid one. */
    private LocalDate date(String where, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(where + ": not an ISO date string or null: " + node);
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(node.asText());
            if (!d.toString().equals(node.asText())) {
                problems.add(where + ": not in the form YYYY-MM-DD: " + node.asText());
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(where + ": not a valid ISO date: " + node.asText());
            return null;
        }
    }

    private String lineAt(int codePointStart) {
        int from = text.offsetByCodePoints(0, codePointStart);
        int to = text.indexOf('\n', from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
