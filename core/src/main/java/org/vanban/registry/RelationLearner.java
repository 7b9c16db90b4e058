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

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d*])|\\n[ \\t]*\\n\\s*");
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
        Map<String, Target> targets = new LinkedHashMap<>();
        List<LearnedRelation> learned = new ArrayList<>();
        for (int[] s : sentences) {
            String sentence = text.substring(s[0], s[1]);
            if (basis.matcher(sentence).find()) {
                continue;
            }
            List<Integer> inSentence = new ArrayList<>();
            for (int i = 0; i < cites.size(); i++) {
                if (citeSpans.get(i)[0] >= s[0] && citeSpans.get(i)[1] <= s[1]) {
                    inSentence.add(i);
                }
            }
            Matcher self = selfThis.matcher(sentence);
            boolean mentionsSelf = self.find();
            Matcher rep = replaces.matcher(sentence);
            if (mentionsSelf && rep.find() && rep.start() > self.start()) {
                for (int i : targetsAfter(rep.end() + s[0], inSentence, citeSpans, text, s[1])) {
                    add(targets, learned, selfKey, RelationType.REPLACES, cites.get(i), effectiveDate,
                            partialBefore(text, s[0] + rep.end(), citeSpans.get(i)[0]), sentence);
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
                List<Integer> chosen = before.isEmpty()
                        ? targetsAfter(exp.end() + s[0], inSentence, citeSpans, text, s[1])
                        : targetsIn(s[0], before, citeSpans, text);
                if (chosen.isEmpty() && mentionsSelf && self.start() < exp.start()
                        && before.isEmpty() && when != null) {
                    selfExpires = when;
                }
                for (int i : chosen) {
                    add(targets, learned, selfKey, RelationType.REPEALS, cites.get(i), when,
                            partialBefore(text, before.isEmpty() ? s[0] + exp.end() : s[0], citeSpans.get(i)[0]),
                            sentence);
                }
            }
            Matcher rpl = repeals.matcher(sentence);
            if (rpl.find()) {
                for (int i : targetsAfter(rpl.end() + s[0], inSentence, citeSpans, text, s[1])) {
                    add(targets, learned, selfKey, RelationType.REPEALS, cites.get(i), effectiveDate,
                            partialBefore(text, s[0] + rpl.end(), citeSpans.get(i)[0]), sentence);
                }
            }
            Matcher amd = amends.matcher(sentence);
            if (amd.find()) {
                boolean citedBefore = inSentence.stream().anyMatch(i -> citeSpans.get(i)[0] < s[0] + amd.start());
                if (!citedBefore) {
                    List<Integer> after = targetsAfter(amd.end() + s[0], inSentence, citeSpans, text, s[1]);
                    if (!after.isEmpty()) {
                        int i = after.get(0);
                        add(targets, learned, selfKey, RelationType.AMENDS, cites.get(i), effectiveDate, false,
                                sentence);
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
        String collapsed = sentence.replaceAll("\\s+", " ").strip();
        Target earlier = targets.get(key);
        if (earlier != null) {
            // One instrument in two sentences ("thay thế" and "hết hiệu lực"): replacement is the stronger reading.
            if (earlier.type == RelationType.REPLACES || type != RelationType.REPLACES) {
                return;
            }
        }
        targets.put(key, new Target(key, type, c, date, partialTarget, collapsed));
        learned.removeIf(l -> l.target().equals(key));
        learned.add(new LearnedRelation(selfKey, type, key, date, partialTarget, collapsed));
    }

    /** Citations after {@code from} in the sentence that are not nested inside another citation's subject. */
    private List<Integer> targetsAfter(int from, List<Integer> inSentence, List<int[]> spans, String text, int end) {
        List<Integer> after = new ArrayList<>();
        for (int i : inSentence) {
            if (spans.get(i)[0] >= from && spans.get(i)[1] <= end) {
                after.add(i);
            }
        }
        return targetsIn(from, after, spans, text);
    }

    private List<Integer> targetsIn(int from, List<Integer> candidates, List<int[]> spans, String text) {
        List<Integer> out = new ArrayList<>();
        int previousEnd = from;
        for (int i : candidates) {
            String between = text.substring(Math.min(previousEnd, spans.get(i)[0]), spans.get(i)[0]);
            if (out.isEmpty() || !nested.matcher(between).find()) {
                out.add(i);
            }
            previousEnd = spans.get(i)[1];
        }
        return out;
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

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
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
