package org.vanban.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.AnalyzedDocument;
import org.vanban.cite.Citation;

/**
 * Reads the relations an instrument states about others in its own text, the way its final articles state them:
 * "Nghị định này có hiệu lực thi hành kể từ ngày …", "… và thay thế Quyết định số …", "Thông tư số … hết hiệu lực
 * kể từ ngày Thông tư này có hiệu lực thi hành", "Bãi bỏ các quy định … tại Nghị định số …", "Sửa đổi, bổ sung một
 * số điều của Nghị định số …". The cue phrases are in {@code relation-cues.properties}.
 *
 * <p>It needs the document's own number (the structure stage) to name the instrument and its citations (the
 * citation stage) to name the others; a cue with no citation near it teaches nothing. Sentences that cite a legal
 * basis ("Căn cứ …") are skipped: their "sửa đổi, bổ sung" describes another instrument. The entries it produces
 * have the instrument itself as their source; they are {@code unverified} unless the caller says the text was
 * reviewed. Thread-safe.
 */
public final class RelationLearner {

    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])(?<!(?:^|\\n)[ \\t]{0,3}\\d{1,2}\\.)\\s+(?=[\\p{Lu}\\d*])|\\n[ \\t]*\\n\\s*"
            + "|\\n[ \\t]*(?=\\d{1,2}\\.\\s|[a-zđ]\\)\\s|[-+]\\s|\\*\\*|\\||#|Điều\\s+\\d)");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[a-zđ]\\)|[-+]|\\d{1,2}\\.)\\s");
    /** Numbering and markup before the first word of a sentence. */
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s*_#>|]*(?:Điều\\s+\\d+\\s*[.:]?[\\s*_]*)?(?:(?:\\d{1,2}\\.|[a-zđ]\\))[\\s*_]*)?");
    private static final Pattern ITEM_BOUNDARY = Pattern.compile("[;.:]\\s*(?:[a-zđ]\\)|[-+]|\\d{1,2}\\.)\\s");
    private static final Pattern WHOLE = Pattern.compile("toàn\\s+bộ", Pattern.CASE_INSENSITIVE);
    private static final int AMENDED_GAP = 160;
    private static final Pattern AMENDED_TEXT = Pattern.compile("như\\s+sau|[“\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("(?:bị|được)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s*(?:tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})|[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))");

    private final Confidence confidence;
    private final Pattern selfThis;
    private final Pattern effective;
    private final Pattern onSigning;
    private final Pattern replaces;
    private final Pattern expires;
    private final Pattern amends;
    private final Pattern repeals;
    private final Pattern partial;
    private final Pattern nested;
    private final Pattern basis;
    private final Pattern consolidated;

    /** A learner whose entries are unverified (machine-read, not reviewed). */
    public RelationLearner() {
        this(Confidence.UNVERIFIED);
    }

    /** A learner whose entries carry {@code confidence}: {@code sourced} when the input texts are authoritative. */
    public RelationLearner(Confidence confidence) {
        this.confidence = confidence;
        Properties p = cues();
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.selfThis = Pattern.compile("(?<![\\p{L}])(?:" + p.getProperty("self") + ")\\s+này(?![\\p{L}])", flags);
        this.effective = Pattern.compile(p.getProperty("effective"), flags);
        this.onSigning = Pattern.compile("^\\s*(?:" + p.getProperty("onSigning") + ")", flags);
        this.replaces = Pattern.compile(p.getProperty("replaces"), flags);
        this.expires = Pattern.compile(p.getProperty("expires"), flags);
        this.amends = Pattern.compile(p.getProperty("amends"), flags);
        this.repeals = Pattern.compile("(?<![\\p{L}])(?:" + p.getProperty("repeals") + ")(?![\\p{L}])", flags);
        this.partial = Pattern.compile(p.getProperty("partial"), flags);
        this.nested = Pattern.compile(p.getProperty("nested"), flags);
        this.basis = Pattern.compile(p.getProperty("basis"), flags);
        this.consolidated = Pattern.compile(p.getProperty("consolidated"), flags);
    }

    /** The relations {@code doc} states, as registry entries. */
    public LearnResult learn(AnalyzedDocument doc) {
        List<String> problems = new ArrayList<>();
        String source = doc.source();
        if (doc.number() == null || doc.number().isBlank() || !doc.number().matches("\\d.*")) {
            problems.add("the instrument's own number (\"Số: …\") was not found, so it cannot be named");
            return new LearnResult(source, null, List.of(), List.of(), problems);
        }
        String symbol = doc.number().strip();
        int numberAt = doc.text().indexOf(symbol);
        for (Citation c : doc.citations()) {
            if (numberAt >= 0 && doc.charIndex(c.start()) <= numberAt && numberAt < doc.charIndex(c.end())) {
                // The citation stage skips the document's own number; a number inside a citation is another's.
                problems.add("the number found (" + symbol + ") is that of a cited instrument, not the document's own");
                return new LearnResult(source, null, List.of(), List.of(), problems);
            }
        }
        if (consolidated.matcher(symbol).find()) {
            problems.add(symbol + " is a consolidated text (văn bản hợp nhất): it restates other instruments, whose"
                    + " own texts are the ones to learn from");
            return new LearnResult(source, null, List.of(), List.of(), problems);
        }
        Integer year = Symbols.yearInSymbol(symbol);
        if (year == null && doc.issuedDate() != null) {
            year = doc.issuedDate().getYear();
        }
        String selfKey = Symbols.keyOf(symbol, year);
        String text = doc.text().replace('\n', ' ').replace('\r', ' ');
        List<int[]> citeSpans = new ArrayList<>();
        List<Citation> cites = new ArrayList<>();
        for (Citation c : doc.citations()) {
            if (c.canonical() == null || c.symbol() == null) {
                continue; // an instrument named without a symbol cannot be keyed reliably
            }
            int s = doc.charIndex(c.start());
            int e = doc.charIndex(c.end());
            if (Symbols.fingerprint(c.canonical()).equals(Symbols.fingerprint(symbol))) {
                continue; // the instrument itself
            }
            cites.add(c);
            citeSpans.add(new int[] {s, e});
        }
        List<int[]> sentences = sentences(doc.text());
        LocalDate effectiveDate = null;
        LocalDate selfExpires = null;
        for (int[] s : sentences) {
            String sentence = text.substring(s[0], s[1]);
            Matcher self = selfThis.matcher(sentence);
            if (effectiveDate == null && self.find()) {
                Matcher eff = effective.matcher(sentence);
                if (eff.find(self.end()) && eff.start() - self.end() < 40) {
                    effectiveDate = dateAfter(sentence, eff.end(), doc.issuedDate());
                }
            }
        }
        if (effectiveDate != null && doc.issuedDate() != null && effectiveDate.isBefore(doc.issuedDate())) {
            problems.add("the effective date " + effectiveDate + " is before the date of issue " + doc.issuedDate()
                    + " (retroactive, or another instrument's date): not recorded");
            effectiveDate = null;
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        List<LearnedRelation> learned = new ArrayList<>();
        for (int[] s : sentences) {
            String sentence = text.substring(s[0], s[1]);
            if (basis.matcher(sentence).find() || sentence.indexOf('|') >= 0) {
                continue; // a legal basis, or a table row (lists of procedures, not of instruments)
            }
            int lead = leadEnd(sentence);
            List<Integer> inSentence = new ArrayList<>();
            for (int i = 0; i < cites.size(); i++) {
                if (citeSpans.get(i)[0] >= s[0] && citeSpans.get(i)[1] <= s[1]) {
                    inSentence.add(i);
                }
            }
            Matcher self = selfThis.matcher(sentence);
            boolean mentionsSelf = self.find();
            int selfAt = mentionsSelf ? self.start() : -1;
            Matcher rep = replaces.matcher(sentence);
            if (mentionsSelf && rep.find(selfAt)) {
                for (Pick p : targetsAfter(rep.end() + s[0], inSentence, citeSpans, text, s[1])) {
                    add(targets, learned, selfKey, RelationType.REPLACES, cites.get(p.index()), effectiveDate,
                            p.partial(), sentence);
                }
            }
            Matcher exp = expires.matcher(sentence);
            if (exp.find()) {
                LocalDate when = expiryDate(sentence, exp.end(), effectiveDate, doc.issuedDate());
                List<Integer> before = new ArrayList<>();
                for (int i : inSentence) {
                    if (citeSpans.get(i)[1] <= s[0] + exp.start()) {
                        before.add(i);
                    }
                }
                boolean listFollows = before.isEmpty() && sentence.indexOf(':', exp.end()) >= 0;
                boolean startsWithTarget = !before.isEmpty() && citeSpans.get(before.get(0))[0] - s[0] <= lead + 2;
                boolean statesItsOwn = mentionsSelf || listFollows || startsWithTarget;
                List<Pick> chosen = !statesItsOwn || when == null ? List.of() : before.isEmpty()
                        ? targetsAfter(exp.end() + s[0], inSentence, citeSpans, text, s[1])
                        : targetsIn(s[0] + lead, before, citeSpans, text);
                if (chosen.isEmpty() && mentionsSelf && selfAt < exp.start() && before.isEmpty() && when != null
                        && !listFollows) {
                    selfExpires = when;
                }
                for (Pick p : chosen) {
                    add(targets, learned, selfKey, RelationType.REPEALS, cites.get(p.index()), when,
                            p.partial(), sentence);
                }
            }
            Matcher rpl = repeals.matcher(sentence);
            if (rpl.find()) {
                boolean leading = rpl.start() <= lead + 2;
                boolean bySelf = mentionsSelf && selfAt < rpl.start() && !PASSIVE.matcher(
                        sentence.substring(Math.max(0, rpl.start() - 6), rpl.start())).find();
                if (leading || bySelf) {
                    for (Pick p : targetsAfter(rpl.end() + s[0], inSentence, citeSpans, text, s[1])) {
                        add(targets, learned, selfKey, RelationType.REPEALS, cites.get(p.index()), effectiveDate,
                                p.partial(), sentence);
                    }
                }
            }
            Matcher amd = amends.matcher(sentence);
            if (amd.find()) {
                boolean leading = amd.start() <= lead + 2;
                boolean bySelf = mentionsSelf && selfAt < amd.start() && amd.start() - self.end() < 4;
                if (leading || bySelf) {
                    List<Pick> after = targetsAfter(amd.end() + s[0], inSentence, citeSpans, text, s[1]);
                    if (!after.isEmpty()) {
                        int first = after.get(0).index();
                        String gap = text.substring(amd.end() + s[0], citeSpans.get(first)[0]);
                        // The instrument amended is named right after the cue, not inside the amended wording.
                        if (gap.length() <= AMENDED_GAP && !AMENDED_TEXT.matcher(gap).find()) {
                            add(targets, learned, selfKey, RelationType.AMENDS, cites.get(first), effectiveDate,
                                    false, sentence);
                        }
                    }
                }
            }
        }
        List<String> selfSources = List.of(selfKey);
        List<Relation> selfRelations = new ArrayList<>();
        List<Instrument> targetEntries = new ArrayList<>();
        for (Target t : targets.values()) {
            selfRelations.add(new Relation(t.type, t.key, t.date, t.partial, selfSources, confidence, t.sentence,
                    null, null));
            boolean ends = (t.type == RelationType.REPLACES || t.type == RelationType.REPEALS) && !t.partial;
            targetEntries.add(new Instrument(t.key, t.citation.type(), t.citation.canonical(), t.citation.issuer(),
                    null, List.of(), t.citation.date(), null, ends ? t.date : null, InstrumentStatus.UNDETERMINED,
                    null, confidence, selfSources, t.sentence, "learned from " + source, List.of(
                            new Relation(t.type.inverse(), selfKey, t.date, t.partial, selfSources, confidence,
                                    t.sentence, null, null))));
        }
        if (effectiveDate == null) {
            problems.add("no \"… này có hiệu lực … từ ngày …\" sentence found");
        }
        if (targets.isEmpty()) {
            problems.add("no relation to a cited instrument found");
        }
        String type = doc.docType() == null ? null : titleCase(doc.docType());
        Instrument self = new Instrument(selfKey, type, symbol, doc.issuer(), doc.title(), List.of(),
                doc.issuedDate(), effectiveDate, selfExpires, InstrumentStatus.UNDETERMINED, null, confidence,
                selfSources, null, "learned from " + source, selfRelations);
        return new LearnResult(source, self, targetEntries, learned, problems);
    }

    private record Target(String key, RelationType type, Citation citation, LocalDate date, boolean partial,
            String sentence) {
    }

    private void add(Map<String, Target> targets, List<LearnedRelation> learned, String selfKey, RelationType type,
            Citation c, LocalDate date, boolean partialTarget, String sentence) {
        String key = c.key() != null ? c.key() : Symbols.keyOf(c.canonical(), c.year());
        String print = Symbols.fingerprint(c.canonical());
        // A later mention without its year ("Quyết định số 636/QĐ-UBND") is the instrument already met with it.
        for (Target t : targets.values()) {
            if (Symbols.fingerprint(t.citation.canonical()).equals(print)
                    && (Symbols.yearOfKey(key) == null || t.key.equals(key))) {
                key = t.key;
                break;
            }
        }
        String collapsed = sentence.replaceAll("\\s+", " ").strip();
        Target earlier = targets.get(key);
        if (earlier != null) {
            // One instrument in two sentences ("thay thế" and "hết hiệu lực"): replacement is the stronger reading.
            if (earlier.type == RelationType.REPLACES || type != RelationType.REPLACES) {
                return;
            }
        }
        final String finalKey = key;
        targets.put(key, new Target(key, type, earlier != null ? earlier.citation : c, date, partialTarget,
                collapsed));
        learned.removeIf(l -> l.target().equals(finalKey));
        learned.add(new LearnedRelation(selfKey, type, key, date, partialTarget, collapsed));
    }

    /** A target citation and where the words that qualify it begin (after the cue or the previous target). */
    private record Pick(int index, int from, boolean partial) {
    }

    /** Citations after {@code from} in the sentence that are not nested inside another citation's subject. */
    private List<Pick> targetsAfter(int from, List<Integer> inSentence, List<int[]> spans, String text, int end) {
        List<Integer> after = new ArrayList<>();
        for (int i : inSentence) {
            if (spans.get(i)[0] >= from && spans.get(i)[1] <= end) {
                after.add(i);
            }
        }
        return targetsIn(from, after, spans, text);
    }

    /**
     * The candidates that are targets: the first, and each later one not introduced as the subject of the one
     * before ("… quy định chi tiết Nghị định …", "… theo Nghị định …") and not quoted inside a name.
     */
    private List<Pick> targetsIn(int from, List<Integer> candidates, List<int[]> spans, String text) {
        List<Pick> out = new ArrayList<>();
        int previousEnd = from;
        int windowStart = from;
        boolean inSubject = false;
        for (int i : candidates) {
            int start = spans.get(i)[0];
            String between = text.substring(Math.min(previousEnd, start), start);
            Matcher item = ITEM_BOUNDARY.matcher(between);
            int lastItem = -1;
            while (item.find()) {
                lastItem = item.end();
            }
            if (lastItem >= 0) {
                inSubject = false; // a new item of a list: "…; b) Nghị định …"
                windowStart = Math.min(previousEnd, start) + lastItem;
            }
            if (!out.isEmpty() && nested.matcher(between).find()) {
                // Everything after "… sửa đổi, bổ sung … của" up to the next item belongs to that subject.
                inSubject = true;
            }
            boolean quoted = openQuotes(text.substring(Math.min(from, start), start)) > 0;
            if (!quoted && !inSubject) {
                int window = Math.min(windowStart, start);
                boolean part = partialBefore(text, window, start);
                if (!part && !out.isEmpty() && out.get(out.size() - 1).partial() && lastItem < 0
                        && !WHOLE.matcher(text.substring(window, start)).find()) {
                    part = true; // "Danh mục TTHC tại Quyết định A, Quyết định B": B is concerned in part too
                }
                out.add(new Pick(i, window, part));
                windowStart = spans.get(i)[1];
            }
            previousEnd = spans.get(i)[1];
        }
        return out;
    }

    private static int openQuotes(String s) {
        int open = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            }
        }
        return open;
    }

    private boolean partialBefore(String text, int from, int citationStart) {
        if (citationStart <= from) {
            return false;
        }
        String between = text.substring(from, citationStart);
        return partial.matcher(between).find();
    }

    /** The date after "từ ngày": a printed date, or the day of signing/adoption. */
    private LocalDate dateAfter(String sentence, int from, LocalDate issued) {
        String rest = sentence.substring(from);
        if (onSigning.matcher(rest).find()) {
            return issued;
        }
        Matcher m = DATE.matcher(rest);
        if (m.find() && m.start() < 4) {
            return date(m);
        }
        return null;
    }

    /** "hết hiệu lực kể từ ngày 01/7/2025" or "… kể từ ngày Nghị định này có hiệu lực (thi hành)". */
    private LocalDate expiryDate(String sentence, int from, LocalDate effectiveDate, LocalDate issued) {
        String rest = sentence.substring(from);
        Matcher self = selfThis.matcher(rest);
        if (self.find() && self.start() < 12) {
            return effectiveDate;
        }
        return dateAfter(sentence, from, issued);
    }

    private static LocalDate date(Matcher m) {
        try {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int year = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Sentences and items: a sentence ends at ". " before a capital or a digit, at a blank line, or where a line
     * starts an item ("2. ", "a) ", "- ", "Điều 5.", a bold heading or a table row); line breaks inside a sentence
     * are common in converted documents and do not end it. An item list introduced by a colon stays with its
     * sentence ("Các văn bản sau đây hết hiệu lực …: a) …; b) ….").
     */
    private static List<int[]> sentences(String text) {
        List<int[]> raw = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                raw.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        if (start < text.length()) {
            raw.add(new int[] {start, text.length()});
        }
        List<int[]> out = new ArrayList<>();
        boolean inList = false;
        for (int[] r : raw) {
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                String lastText = text.substring(last[0], last[1]).stripTrailing().replaceAll("[*_]+$", "");
                boolean open = lastText.endsWith(":") || inList && lastText.endsWith(";");
                if (open && LIST_ITEM.matcher(text.substring(r[0], r[1])).lookingAt()) {
                    last[1] = r[1];
                    inList = true;
                    continue;
                }
            }
            inList = false;
            out.add(r);
        }
        return out;
    }

    private static int leadEnd(String sentence) {
        Matcher m = LEAD.matcher(sentence);
        return m.lookingAt() ? m.end() : 0;
    }

    private static String titleCase(String docType) {
        String lower = docType.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? null : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Properties cues() {
        Properties p = new Properties();
        try (InputStream in = RelationLearner.class.getResourceAsStream("relation-cues.properties")) {
            if (in == null) {
                throw new IllegalStateException("relation-cues.properties is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
