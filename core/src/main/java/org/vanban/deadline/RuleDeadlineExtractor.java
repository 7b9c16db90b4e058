package org.vanban.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.entity.ActorFinder;
import org.vanban.entity.ActorPhrase;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityKind;
import org.vanban.entity.EntityLexicons;
import org.vanban.entity.EntityTagger;
import org.vanban.entity.PhraseLexicon;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.entity.Token;
import org.vanban.entity.TokenizedText;
import org.vanban.structure.DocumentStructure;

/**
 * The default deadline extractor: rules over {@link TimeExpressions} and the {@link PlanLayout} of the body.
 *
 * <p>What counts (see the package documentation for the year rule and the period mapping):
 * <ul>
 *   <li>a date or a period after a trigger word — "trước", "chậm nhất", "hạn", "không quá", "hoàn thành trong",
 *       "trong" (periods), "Thời gian thực hiện:" — with the delivery verb before it in the surface
 *       ("gửi trước ngày 03/06/2022");</li>
 *   <li>a relative limit with its anchor ("trong thời hạn 15 ngày kể từ ngày …");</li>
 *   <li>the end of a window in which something is delivered ("nộp hồ sơ từ ngày 03/10/2022 đến hết ngày
 *       12/10/2022");</li>
 *   <li>a period that opens a clause with its task ("6 tháng đầu năm, kết nạp …");</li>
 *   <li>a recurrence next to a delivery verb ("Định kỳ hàng quý báo cáo"), merged with a vague limit in the same
 *       sentence ("định kỳ 6 tháng và cuối năm báo cáo đúng thời gian quy định");</li>
 *   <li>a vague limit after a delivery verb ("Báo cáo … đúng thời gian quy định"), with no date;</li>
 *   <li>each item of a task list under a period heading ("1. Quý I" then "- …"), dated by that period.</li>
 * </ul>
 * Not deadlines: anything in a citation or in the title, dates without a trigger (events, references), times after
 * "đã" in the same clause (past events), dates before the document's date (or, undated, before the latest cited
 * instrument), and everything in the account part of a report.
 *
 * <p>{@code who} is the actor nearest before the limit in its sentence (its subject, the subject of a later clause,
 * or the actor after "Giao", "Yêu cầu", "Đề nghị"), else that of the item it hangs under; {@code what} is the thing
 * delivered, with its recipient ("gửi về Phòng GD&amp;ĐT") appended when the text names one. Stateless and
 * thread-safe; linear in the length of the text.
 */
public final class RuleDeadlineExtractor implements DeadlineExtractor {

    private static final PhraseLexicon DELIVERY = PhraseLexicon.load(RuleDeadlineExtractor.class,
            "delivery-verbs.txt");
    private static final PhraseLexicon NOT_DELIVERY = PhraseLexicon.load(RuleDeadlineExtractor.class,
            "not-delivery.txt");
    private static final PhraseLexicon WINDOW_VERBS = PhraseLexicon.load(RuleDeadlineExtractor.class,
            "window-verbs.txt");
    private static final java.util.regex.Pattern YEAR_IN = java.util.regex.Pattern.compile("\\d{4}");
    /** How far before a recurrence at the end of its clause the delivery verb may be ("Báo cáo … hằng tháng."). */
    private static final int CLAUSE_REACH_CHARS = 300;
    private static final int VERB_REACH = 6;
    /** How far around a time expression its sentence is read (real sentences are far shorter). */
    private static final int WINDOW = 600;
    private static final int RECURRENCE_VERB_REACH = 12;
    private static final int RECURRENCE_REACH_CHARS = 150;

    private final EntityTagger tagger;
    private final EntityLexicons lexicons;

    public RuleDeadlineExtractor() {
        this(new RuleEntityTagger());
    }

    /** A deadline extractor that finds actors ({@code who}) with the given entity tagger. */
    public RuleDeadlineExtractor(EntityTagger tagger) {
        this.tagger = tagger;
        this.lexicons = EntityLexicons.defaults();
    }

    @Override
    public List<Deadline> extract(String text, DocumentStructure structure, List<Citation> citations) {
        return new Run(text, structure, citations).extract();
    }

    /** The work on one document. */
    private final class Run {
        final String text;
        final String lower;
        final PlanLayout layout;
        final TokenizedText tt;
        final ActorFinder actors;
        final List<Entity> entities;
        final TextSpan titleSpan;
        final List<Deadline> out = new ArrayList<>();
        final java.util.Map<Integer, List<TextSpan>> sentenceCache = new java.util.HashMap<>();
        final java.util.Set<Integer> blocksWithLimits = new java.util.HashSet<>();
        final List<TimeExpressions.Found> recurrences = new ArrayList<>();
        final LocalDate notBefore;

        Run(String text, DocumentStructure structure, List<Citation> citations) {
            this.text = text;
            this.lower = TimeExpressions.lower(text);
            this.layout = PlanLayout.of(text, structure, citations);
            this.tt = TokenizedText.of(text);
            this.entities = tagger instanceof RuleEntityTagger
                    ? ((RuleEntityTagger) tagger).tag(tt, layout.protectedSpans())
                    : tagger.tag(text, layout.protectedSpans());
            this.actors = new ActorFinder(tt, entities, lexicons);
            this.titleSpan = titleSpan(text, structure);
            this.notBefore = notBefore(layout.year().issued(), citations);
        }

        /**
         * The earliest date a limit of this document can have: its own date, else (undated texts) the latest date
         * among the instruments it cites: "trước ngày 01/01/1995" in a text that cites a 2014 law is a condition.
         */
        private static LocalDate notBefore(LocalDate issued, List<Citation> citations) {
            if (issued != null) {
                return issued;
            }
            LocalDate latest = null;
            for (Citation c : citations) {
                LocalDate d = c.date() != null ? c.date() : c.year() != null ? LocalDate.of(c.year(), 1, 1) : null;
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            return latest;
        }

        List<Deadline> extract() {
            TextSpan body = layout.body();
            List<TimeExpressions.Found> found = TimeExpressions.find(lower, body.start(), body.end(), layout.year());
            for (TimeExpressions.Found f : found) {
                if (f.kind() == TimeExpressions.Kind.RECURRING) {
                    recurrences.add(f);
                }
            }
            List<TextSpan> merged = new ArrayList<>();
            for (TimeExpressions.Found f : found) {
                considerExpression(f, found, merged);
            }
            for (Deadline d : out) {
                PlanLayout.Block b = layout.blockAt(d.start());
                if (b != null) {
                    blocksWithLimits.add(b.index());
                }
            }
            for (PlanLayout.Block b : layout.blocks()) {
                considerPeriodItem(b);
            }
            out.sort(Comparator.comparingInt(Deadline::start).thenComparingInt(d -> -d.end()));
            List<Deadline> kept = new ArrayList<>();
            for (Deadline d : out) {
                Deadline last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (last == null || last.end() <= d.start()) {
                    kept.add(d);
                } else if (last.date() == null && d.date() != null) {
                    if (YEAR_IN.matcher(d.surface()).find() || last.recurrence() == null) {
                        // a date with its year is due once, whatever recurring limit overlaps it
                        kept.set(kept.size() - 1, d);
                    } else {
                        // "tổng hợp, báo cáo … trước ngày 30/11 hằng năm": every year, no single date
                        int end = Math.max(last.end(), d.end());
                        kept.set(kept.size() - 1, new Deadline(text.substring(last.start(), end), last.start(), end,
                                null, last.recurrence(), last.what(), last.who() != null ? last.who() : d.who()));
                    }
                } else if (last.date() != null && d.date() == null && d.recurrence() != null
                        && !YEAR_IN.matcher(last.surface()).find()) {
                    // "báo cáo … trước ngày 30/11 hằng năm": the recurrence after the day makes it yearly
                    int end = Math.max(last.end(), d.end());
                    kept.set(kept.size() - 1, new Deadline(text.substring(last.start(), end), last.start(), end,
                            null, d.recurrence(), last.what(), last.who() != null ? last.who() : d.who()));
                }
            }
            return kept;
        }

        private void considerExpression(TimeExpressions.Found f, List<TimeExpressions.Found> all,
                List<TextSpan> merged) {
            if (layout.isProtected(f.start(), f.end()) || titleSpan.overlaps(new TextSpan(f.start(), f.end()))) {
                return;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1).overlaps(new TextSpan(f.start(), f.end()))) {
                return; // merged into a recurring limit already (expressions come in order)
            }
            PlanLayout.Block block = layout.blockAt(f.start());
            if (block == null || layout.inReportAccount(block) || f.start() < block.contentStart()) {
                return;
            }
            if (block.kind() == PlanLayout.BlockKind.HEADING && layout.periodOfSection(block.section()) != null) {
                return; // "1. Quý I" itself: its items are the deadlines
            }
            TextSpan sentence = sentenceOf(block, f.start());
            switch (f.kind()) {
                case DATE:
                case DAY:
                case PERIOD:
                    dated(f, block, sentence);
                    break;
                case RELATIVE:
                    if (!pastBefore(sentence.start(), f.start())) {
                        add(block, sentence, f.start(), f.end(), f.start(), f.date(), null);
                    }
                    break;
                case RECURRING:
                    recurring(f, all, block, sentence, merged);
                    break;
                default:
                    vague(f, block, sentence);
            }
        }

        private void dated(TimeExpressions.Found f, PlanLayout.Block block, TextSpan sentence) {
            int prefix = TimeExpressions.prefixStart(lower, sentence.start(), f.start());
            TimeExpressions.Trigger trigger = TimeExpressions.triggerBefore(lower, sentence.start(), prefix);
            if (trigger == null) {
                openingPeriod(f, block, sentence);
                return;
            }
            if (trigger.kind() == TimeExpressions.TriggerKind.UNTIL) {
                windowEnd(f, block, sentence, trigger);
                return;
            }
            boolean hasNgay = prefix < f.start();
            if (f.kind() != TimeExpressions.Kind.PERIOD && trigger.kind() == TimeExpressions.TriggerKind.WITHIN) {
                return; // "vào ngày 19/12", "trong ngày 20/11": an event's day, not a limit
            }
            if (f.needsNgay() && f.kind() == TimeExpressions.Kind.DATE && !hasNgay
                    && trigger.kind() != TimeExpressions.TriggerKind.BEFORE) {
                return;
            }
            if (f.kind() == TimeExpressions.Kind.PERIOD && f.needsNgay()
                    && trigger.kind() != TimeExpressions.TriggerKind.BEFORE) {
                return; // "năm 2025" only as "hoàn thành trong năm 2025", "trước năm 2030"
            }
            if (insideQuotes(sentence.start(), f.start())) {
                return; // part of a quoted name: "“Dân vận khéo trong năm 2025”"
            }
            if (pastBefore(sentence.start(), trigger.start())) {
                return;
            }
            LocalDate date = f.date();
            if (date != null && f.kind() == TimeExpressions.Kind.PERIOD && f.needsNgay()
                    && trigger.words().equals("trước")) {
                date = date.minusYears(1); // "trước năm 2030": by the end of 2029
            }
            if (triggerAnchored(trigger.start())) {
                return; // "kể từ ngày kết thúc 06 tháng đầu năm": the anchor of a relative limit
            }
            LocalDate issued = notBefore;
            if (date != null && issued != null && date.isBefore(issued)) {
                return; // before the document was signed: a condition or a past event, not something still due
            }
            int start = deliveryVerbBefore(sentence.start(), trigger.start(), VERB_REACH);
            // a recurrence qualifies a limit in its own clause ("Định kỳ hằng năm, báo cáo trước ngày 30/10"), never
            // one across a ";" nor a date with its year ("…; nộp báo cáo năm trước ngày 15/12/2024")
            TextSpan clause = new TextSpan(semicolonClauseStart(sentence.start(), start), sentence.end());
            boolean yearGiven = YEAR_IN.matcher(lower).region(f.start(), f.end()).find();
            org.vanban.deadline.Recurrence recurrence = yearGiven ? null : recurrenceIn(clause, start);
            if (f.kind() == TimeExpressions.Kind.DAY && recurrenceIn(sentence, sentence.end()) == null) {
                return; // "trước ngày 25" means something only every month
            }
            if (f.kind() == TimeExpressions.Kind.DAY && recurrence == null) {
                recurrence = recurrenceIn(sentence, sentence.end()); // "trước ngày 20 hằng tháng"
            }
            if (recurrence != null) {
                // "hằng tháng, trước ngày 25": a recurring limit has no single date; one entry from the recurrence
                date = null;
                for (int i = out.size() - 1; i >= 0; i--) {
                    Deadline r = out.get(i);
                    if (r.recurrence() == recurrence && r.start() >= clause.start() && r.start() < start) {
                        out.remove(i);
                        start = r.start();
                        break;
                    }
                }
            }
            add(block, sentence, start, f.end(), trigger.start(), date, recurrence);
        }

        /**
         * A period that opens a clause and is followed by its task: "6 tháng đầu năm, kết nạp ít nhất 10 đảng viên",
         * "Quý III, các chi bộ tổ chức …". The surface is the period.
         */
        private void openingPeriod(TimeExpressions.Found f, PlanLayout.Block block, TextSpan sentence) {
            if (f.kind() != TimeExpressions.Kind.PERIOD || f.needsNgay() || f.date() == null) {
                return;
            }
            int clause = clauseStart(sentence.start(), f.start());
            for (int i = clause; i < f.start(); i++) {
                char c = text.charAt(i);
                if (!(Character.isWhitespace(c) || c == '*' || c == '_' || c == '-' || c == '+')) {
                    return;
                }
            }
            int k = tt.indexAtOrAfter(f.end());
            int limit = tt.indexAtOrAfter(sentence.end());
            if (k + 1 >= limit || !tt.get(k).is(',')) {
                return;
            }
            int task = k + 1;
            PhraseLexicon.Match stop = lexicons.stops().match(tt.tokens(), task, limit);
            Token first = tt.get(task);
            // a task starts with a verb; a lower-case word that is no function word or noun will do ("kết nạp …")
            boolean startsWithVerb = first.word() && !first.capitalized() && !first.isDigits()
                    && (stop == null || stop.has("VERB") || stop.has("ADVERB"));
            if (!startsWithVerb) {
                ActorPhrase a = actors.at(task, limit);
                if (a == null || actors.predicateStart(a.toToken(), limit) < 0) {
                    return;
                }
            }
            int taskStart = tt.get(task).start();
            int taskEnd = clauseEnd(taskStart, sentence.end());
            if (pastBefore(taskStart, taskEnd)) {
                return; // "6 tháng đầu năm, nhà trường đã …"
            }
            LocalDate issued = notBefore;
            boolean yearGiven = YEAR_IN.matcher(lower).region(f.start(), f.end()).find();
            if (issued != null ? f.date().isBefore(issued) : yearGiven) {
                return; // "Tháng 2 năm 1976, …" in an undated text is history, not a plan
            }
            addWithWhat(block, sentence, f.start(), f.end(), f.date(), null, clean(text.substring(taskStart, taskEnd)));
        }

        /**
         * The end of a window in which something is delivered: "nộp hồ sơ … từ ngày 03/10/2023 đến hết ngày
         * 12/10/2023" is due on 12/10/2023, and so is a task done "đến hết ngày …" ("tổ chức hội nghị tổ từ ngày …
         * đến hết ngày …"). A window with no such verb in its clause is a schedule ("Thời gian: 02 ngày, từ ngày …",
         * "nghỉ học từ ngày …", "được thực hiện từ ngày …"); "(tính) đến ngày …" without "từ" or "hết" is a
         * cut-off ("số liệu tính đến ngày 31/5"), and so is a data period ("số liệu tính từ ngày … đến ngày …").
         */
        private void windowEnd(TimeExpressions.Found f, PlanLayout.Block block, TextSpan sentence,
                TimeExpressions.Trigger trigger) {
            if (f.kind() != TimeExpressions.Kind.DATE || f.date() == null) {
                return;
            }
            int open = TimeExpressions.windowOpenBefore(lower, sentence.start(), trigger.start());
            if (open < 0 && !trigger.words().contains("hết")) {
                return;
            }
            int anchor = open >= 0 ? open : trigger.start();
            int at = tt.indexAtOrAfter(anchor);
            if (at > 0 && (tt.get(at - 1).isWord("tính") || tt.get(at - 1).isWord("kể"))) {
                return; // "tính từ ngày …": a data period
            }
            if (pastBefore(sentence.start(), anchor) || insideQuotes(sentence.start(), f.start())) {
                return;
            }
            LocalDate issued = notBefore;
            if (issued != null && f.date().isBefore(issued)) {
                return;
            }
            int clause = clauseStart(sentence.start(), anchor);
            int verb = -1;
            // any task done "đến hết ngày …" by an actor the clause names; without an actor such a window is a
            // period of validity ("Nghị quyết này có hiệu lực thi hành … đến hết ngày …")
            boolean untilTheEnd = trigger.words().contains("hết") && actorBefore(clause, anchor) != null;
            for (int k = tt.indexAtOrAfter(clause); k < at && verb < 0; k++) {
                if (deliveryAt(k, at) != null || WINDOW_VERBS.match(tt.tokens(), k, at) != null
                        || untilTheEnd && taskVerbAt(k, at)) {
                    verb = k;
                }
            }
            if (verb < 0) {
                return;
            }
            int start = at - verb <= VERB_REACH ? tt.get(verb).start() : anchor;
            add(block, sentence, start, f.end(), anchor, f.date(), null);
        }

        /**
         * True if an active task verb stands at token {@code k} ("tổ chức hội nghị tổ … đến hết ngày …"), not a
         * passive ("được thực hiện từ ngày … đến hết ngày …": a period of validity).
         */
        private boolean taskVerbAt(int k, int limit) {
            PhraseLexicon.Match verb = lexicons.stops().match(tt.tokens(), k, limit);
            return verb != null && verb.has("VERB") && !tt.get(k).capitalized()
                    && !(k > 0 && (tt.get(k - 1).isWord("được") || tt.get(k - 1).isWord("bị")));
        }

        /**
         * For a recurrence far from its delivery verb: the start of the delivery verb that opens its clause ("Báo cáo
         * kết quả kiểm tra, giám sát hằng quý về …"), or, when the recurrence ends its clause ("Báo cáo kết quả tiêm
         * chủng về Trung tâm Y tế huyện và Ủy ban nhân dân xã hằng tháng."), of the first one in the clause; else -1.
         */
        private int clauseVerbBeforeFinalRecurrence(TimeExpressions.Found f, TextSpan sentence) {
            int after = f.end();
            while (after < sentence.end() && (text.charAt(after) == ' ' || text.charAt(after) == '*'
                    || text.charAt(after) == '_')) {
                after++;
            }
            int clause = clauseStart(sentence.start(), f.start());
            if (f.start() - clause > CLAUSE_REACH_CHARS) {
                return -1;
            }
            int limit = tt.indexAtOrAfter(f.start());
            int first = tt.indexAtOrAfter(clause);
            while (first < limit && !tt.get(first).word()) {
                first++;
            }
            if (first < limit && deliveryAt(first, limit) != null) {
                return tt.get(first).start(); // "Báo cáo kết quả kiểm tra, giám sát hằng quý về …"
            }
            if (after < sentence.end() && ".;,!".indexOf(text.charAt(after)) < 0) {
                return -1;
            }
            for (int k = first; k < limit; k++) {
                if (deliveryAt(k, limit) != null) {
                    return tt.get(k).start();
                }
            }
            return -1;
        }

        private void recurring(TimeExpressions.Found f, List<TimeExpressions.Found> all, PlanLayout.Block block,
                TextSpan sentence, List<TextSpan> merged) {
            if (pastBefore(sentence.start(), f.start())) {
                return;
            }
            int start = f.start();
            int end = f.end();
            int verbAfter = deliveryVerbAfter(f.end(), sentence.end());
            int verbBefore = deliveryVerbBefore(sentence.start(), f.start(), RECURRENCE_VERB_REACH);
            int whatStart;
            if (verbAfter > 0) {
                end = verbAfter;
                whatStart = tokenStartAtOrAfter(f.end());
            } else if (verbBefore < f.start()) {
                start = verbBefore;
                whatStart = -1;
            } else {
                int clauseVerb = clauseVerbBeforeFinalRecurrence(f, sentence);
                if (clauseVerb < 0) {
                    return; // "thi đua khen thưởng hàng năm": not something delivered
                }
                start = clauseVerb; // "Báo cáo kết quả … về Trung tâm Y tế huyện và Ủy ban nhân dân xã hằng tháng."
                whatStart = -1;
            }
            // the expressions are sorted by start: look only at those that follow within reach
            int from = java.util.Collections.binarySearch(all, f, java.util.Comparator.comparingInt(
                    TimeExpressions.Found::start));
            for (int i = Math.max(0, from + 1); i < all.size() && all.get(i).start() - end < 200; i++) {
                TimeExpressions.Found v = all.get(i);
                if (v.kind() == TimeExpressions.Kind.VAGUE && v.start() >= end && v.end() <= sentence.end()) {
                    end = v.end(); // one limit: "định kỳ 6 tháng và cuối năm báo cáo đúng thời gian quy định"
                    merged.add(new TextSpan(v.start(), v.end()));
                    break;
                }
            }
            String what = whatStart >= 0 ? clean(text.substring(whatStart, clauseEnd(whatStart, sentence.end())))
                    : null;
            // the actor inside the limit's own words: "Định kỳ hằng tháng, các tổ công đoàn báo cáo"
            ActorPhrase inside = verbAfter > 0 ? actorBeforeVerb(f.end(), sentence.end()) : null;
            if (inside != null) {
                if (what == null || what.isEmpty()) {
                    what = clean(text.substring(f.end(), clauseEnd(f.end(), sentence.end())));
                }
                addWithWhat(block, sentence, start, end, null, f.recurrence(), what, inside.who());
                return;
            }
            addWithWhat(block, sentence, start, end, null, f.recurrence(), what);
        }

        private void vague(TimeExpressions.Found f, PlanLayout.Block block, TextSpan sentence) {
            if (!hasDeliveryVerb(sentence.start(), f.start()) || pastBefore(sentence.start(), f.start())) {
                return;
            }
            add(block, sentence, f.start(), f.end(), f.start(), null, null);
        }

        /** Each item under a period heading ("1. Quý I" / "- …", or "- Tháng 9/2024:" / "+ …") is a deadline. */
        private void considerPeriodItem(PlanLayout.Block b) {
            if (b.kind() != PlanLayout.BlockKind.BULLET || layout.inReportAccount(b)) {
                return; // only the "- " items of a list under a period heading
            }
            TimeExpressions.Found period = null;
            if (b.section() >= 0 && layout.periodOfSection(b.section()) != null) {
                period = layout.periodOfSection(b.section());
            }
            for (int p = b.parent(); period == null && p >= 0; p = layout.blocks().get(p).parent()) {
                PlanLayout.Block pb = layout.blocks().get(p);
                if (pb.kind() != PlanLayout.BlockKind.HEADING) {
                    period = TimeExpressions.wholePeriod(text, pb.contentStart(), pb.end(), layout.year());
                }
                if (pb.kind() == PlanLayout.BlockKind.HEADING) {
                    break;
                }
            }
            if (period == null || TimeExpressions.wholePeriod(text, b.contentStart(), b.end(), layout.year()) != null) {
                return;
            }
            if (blocksWithLimits.contains(b.index())) {
                return; // the item states its own limit
            }
            int end = b.end();
            while (end > b.contentStart() && (text.charAt(end - 1) == '*' || text.charAt(end - 1) == '_')) {
                end--;
            }
            String what = clean(stripFinalStop(text.substring(b.contentStart(), end)));
            String who = actorOfSentence(b.contentStart(), sentenceOf(b, b.contentStart()).end());
            out.add(new Deadline(text.substring(b.contentStart(), end), b.contentStart(), end, period.date(), null,
                    withRecipient(what, b, sentenceOf(b, b.contentStart())), who));
        }

        private void add(PlanLayout.Block block, TextSpan sentence, int start, int end, int triggerStart,
                LocalDate date, org.vanban.deadline.Recurrence recurrence) {
            String what = clean(text.substring(start, triggerStart)); // "nộp báo cáo 6 tháng"
            if (words(what) < 2) {
                String before = clean(text.substring(clauseStart(sentence.start(), start), start));
                String after = clean(text.substring(end, clauseEnd(end, sentence.end())));
                what = words(before) >= 2 || words(after) < 2 ? before : after;
            }
            addWithWhat(block, sentence, start, end, date, recurrence, what);
        }

        private void addWithWhat(PlanLayout.Block block, TextSpan sentence, int start, int end, LocalDate date,
                org.vanban.deadline.Recurrence recurrence, String what) {
            if (what == null || what.isEmpty()) {
                int from = clauseStart(sentence.start(), start);
                what = clean(text.substring(from, start) + " " + text.substring(end, clauseEnd(end, sentence.end())));
            }
            addWithWhat(block, sentence, start, end, date, recurrence, what, whoFor(block, sentence, start));
        }

        private void addWithWhat(PlanLayout.Block block, TextSpan sentence, int start, int end, LocalDate date,
                org.vanban.deadline.Recurrence recurrence, String what, String who) {
            out.add(new Deadline(text.substring(start, end), start, end, date, recurrence,
                    withRecipient(what, block, sentence), who));
        }

        // ---- who, what, recipient ----

        private String whoFor(PlanLayout.Block block, TextSpan sentence, int at) {
            String who = actorBefore(sentence.start(), at);
            for (int p = block.parent(), depth = 0; who == null && p >= 0 && depth < 3;
                    p = layout.blocks().get(p).parent(), depth++) {
                PlanLayout.Block pb = layout.blocks().get(p);
                if (pb.kind() == PlanLayout.BlockKind.HEADING && describesPosition(pb)) {
                    break; // "2. Y sĩ phụ trách chương trình tiêm chủng:": the heading as a whole is the actor
                }
                TextSpan first = sentenceOf(pb, pb.contentStart());
                who = actorOfSentence(first.start(), first.end());
            }
            return who;
        }

        /**
         * True if a heading is an actor and a relative verb that describes its position ("Y sĩ phụ trách chương trình
         * tiêm chủng"): its who is the whole heading, which the assignments give (the pipeline takes it from there).
         */
        private boolean describesPosition(PlanLayout.Block heading) {
            int from = tt.indexAtOrAfter(heading.contentStart());
            int end = tt.indexAtOrAfter(heading.end());
            for (ActorPhrase a : new ActorPhrase[] {actors.at(from, end), actors.lenientAt(from, end, false)}) {
                if (a != null && a.toToken() < end) {
                    PhraseLexicon.Match relative = lexicons.actorWords().match(tt.tokens(), a.toToken(), end);
                    if (relative != null && relative.has("RELATIVE")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The actor a sentence gives work to: its subject, or the actor after an introducer ("Giao …"). */
        private String actorOfSentence(int from, int to) {
            return actorBefore(from, to);
        }

        /**
         * The actor that {@code at} is given to in its sentence: the nearest before it of the sentence's subject, the
         * subject of a later clause ("Giải cầu lông nữ: các tổ công đoàn đăng ký …"), and the actor after an
         * introducer ("…, đề nghị các đơn vị gửi …"). Actors may be ones the lexicons do not know, when they start
         * with a head word ("Trưởng Trạm Y tế", "Các tổ công đoàn").
         */
        private String actorBefore(int from, int at) {
            int i = tt.indexAtOrAfter(from);
            int limit = tt.indexAtOrAfter(at);
            PlanLayout.Block block = layout.blockAt(from);
            int end = tt.indexAtOrAfter(block != null ? block.end() : at);
            String found = clauseSubject(i, end);
            for (int k = i; k < limit; k++) {
                Token t = tt.get(k);
                if ((t.is(';') || t.is(':')) && k + 1 < limit) {
                    String clauseWho = clauseSubject(k + 1, end);
                    if (clauseWho != null) {
                        found = clauseWho;
                    }
                    continue;
                }
                PhraseLexicon.Match intro = lexicons.actorWords().match(tt.tokens(), k, limit);
                if (intro != null && intro.has("INTRODUCER") && !(k > 0 && tt.get(k - 1).isWord("được"))) {
                    ActorPhrase a = actors.at(k + intro.length(), end);
                    if (a == null || a.self() || actors.predicateStart(a.toToken(), end, true) < 0) {
                        a = actors.lenientAt(k + intro.length(), end, false);
                    }
                    if (a != null && !a.self() && actors.predicateStart(a.toToken(), end, true) >= 0) {
                        found = a.who();
                    }
                }
            }
            return found;
        }

        /** The subject of a clause that starts at token {@code k}, if it is an actor followed by its task. */
        private String clauseSubject(int k, int end) {
            while (k < end && !tt.get(k).word()) {
                k++;
            }
            if (k >= end) {
                return null;
            }
            ActorPhrase subject = actors.at(k, end);
            if (subject == null || subject.self() || actors.predicateStart(subject.toToken(), end) < 0) {
                subject = actors.lenientAt(k, end, false);
            }
            if (subject != null && !subject.self() && actors.predicateStart(subject.toToken(), end) >= 0) {
                return subject.who();
            }
            return null;
        }

        private String withRecipient(String what, PlanLayout.Block block, TextSpan sentence) {
            String to = recipientIn(sentence.start(), sentence.end());
            if (to == null && block.parent() >= 0) {
                PlanLayout.Block pb = layout.blocks().get(block.parent());
                to = recipientIn(pb.contentStart(), pb.end());
            }
            if (to == null || what.contains(to)) {
                return what;
            }
            return what + " (gửi về " + to + ")";
        }

        /** "gửi về Phòng GD&amp;ĐT", "báo cáo về hiệu trưởng": an organisation or role after "về/đến/cho/lên". */
        private String recipientIn(int from, int to) {
            int i = tt.indexAtOrAfter(from);
            int limit = tt.indexAtOrAfter(to);
            for (int k = i; k + 1 < limit; k++) {
                Token t = tt.get(k);
                if (!(t.isWord("về") || t.isWord("đến") || t.isWord("lên") || t.isWord("tới"))) {
                    continue;
                }
                boolean afterDelivery = false;
                for (int b = Math.max(i, k - 8); b < k; b++) {
                    if (deliveryAt(b, k) != null) {
                        afterDelivery = true;
                    }
                }
                if (!afterDelivery) {
                    continue;
                }
                Entity e = entityAt(tt.get(k + 1).start());
                if (e != null && (e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.ROLE)) {
                    ActorPhrase a = actors.at(k + 1, limit);
                    return a != null ? a.who() : e.text();
                }
            }
            return null;
        }

        private Entity entityAt(int offset) {
            int lo = 0;
            int hi = entities.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Entity e = entities.get(mid);
                if (e.start() < offset) {
                    lo = mid + 1;
                } else if (e.start() > offset) {
                    hi = mid - 1;
                } else {
                    return e;
                }
            }
            return null;
        }

        // ---- helpers over tokens ----

        /** The start of the delivery verb shortly before {@code at} in the same clause ("nộp báo cáo 6 tháng"). */
        private int deliveryVerbBefore(int floor, int at, int reach) {
            int i = tt.indexAtOrAfter(at);
            int stop = Math.max(tt.indexAtOrAfter(floor), i - reach);
            int best = at;
            for (int k = i - 1; k >= stop; k--) {
                Token t = tt.get(k);
                if (!t.word() && !t.is('(') && !t.is(')') && !t.is('*')) {
                    break;
                }
                if (t.isWord("và") || t.isWord("hoặc")) {
                    break;
                }
                PhraseLexicon.Match m = deliveryAt(k, i);
                if (m != null) {
                    best = t.start();
                    // a report carried by the verb before it: "nộp báo cáo 6 tháng"
                    if (m.has("OBJECT") && k - 1 >= stop) {
                        PhraseLexicon.Match carrier = deliveryAt(k - 1, k);
                        if (carrier != null && carrier.has("CARRIER")) {
                            best = tt.get(k - 1).start();
                        }
                    }
                    break;
                }
            }
            return best;
        }

        /**
         * The end of a delivery verb within three tokens after {@code from}, or right after the actor that follows
         * ("Định kỳ hằng tháng, các tổ công đoàn báo cáo …"); -1 if none.
         */
        private int deliveryVerbAfter(int from, int to) {
            int i = tt.indexAtOrAfter(from);
            int limit = tt.indexAtOrAfter(to);
            ActorPhrase actor = actorBeforeVerb(from, to);
            if (actor != null) {
                PhraseLexicon.Match m = deliveryAt(actor.toToken(), limit);
                return tt.get(actor.toToken() + m.length() - 1).end();
            }
            for (int k = i; k < limit && k < i + 3; k++) {
                if (!tt.get(k).word() && !tt.get(k).is(',')) {
                    return -1;
                }
                PhraseLexicon.Match m = deliveryAt(k, limit);
                if (m != null) {
                    return tt.get(k + m.length() - 1).end();
                }
            }
            return -1;
        }

        /**
         * The actor that follows {@code from} (after a comma) directly before a delivery verb ("…, các tổ công đoàn
         * báo cáo"), or null.
         */
        private ActorPhrase actorBeforeVerb(int from, int to) {
            int i = tt.indexAtOrAfter(from);
            int limit = tt.indexAtOrAfter(to);
            int a = i < limit && tt.get(i).is(',') ? i + 1 : i;
            if (a >= limit) {
                return null;
            }
            ActorPhrase actor = actors.at(a, limit);
            if (actor == null || actor.toToken() >= limit || deliveryAt(actor.toToken(), limit) == null) {
                actor = actors.lenientAt(a, limit, false);
            }
            if (actor == null || actor.self() || actor.toToken() >= limit
                    || deliveryAt(actor.toToken(), limit) == null) {
                return null;
            }
            return actor;
        }

        private boolean hasDeliveryVerb(int from, int to) {
            int i = tt.indexAtOrAfter(from);
            int limit = tt.indexAtOrAfter(to);
            for (int k = i; k < limit; k++) {
                if (deliveryAt(k, limit) != null) {
                    return true;
                }
            }
            return false;
        }

        /** True if "từ" or "kể từ ngày" stands just before {@code at}: what follows anchors a relative limit. */
        private boolean triggerAnchored(int at) {
            int k = tt.indexAtOrAfter(at) - 1;
            if (k >= 0 && tt.get(k).isWord("ngày")) {
                k--;
            }
            return k >= 0 && tt.get(k).isWord("từ");
        }

        /** True if "đã" (done) comes before {@code at} in its clause: a past event, not a deadline. */
        private boolean pastBefore(int from, int at) {
            int i = tt.indexAtOrAfter(from);
            // only in the clause of {@code at}: "các Bộ đã ban hành, gửi Sở Tài chính trước ngày 25/01" is still due
            for (int k = tt.indexAtOrAfter(at) - 1; k >= i; k--) {
                Token t = tt.get(k);
                if (t.isWord("đã")) {
                    return true;
                }
                if ((t.is(',') || t.is(';') || t.is(':')) && !layout.isProtected(t.start(), t.end())) {
                    return false;
                }
            }
            return false;
        }

        /** A recurrence stated earlier in the sentence ("Định kỳ hàng năm, … trước ngày 30 tháng 10"), or null. */
        private org.vanban.deadline.Recurrence recurrenceIn(TextSpan sentence, int before) {
            // the first recurrence that starts in [sentence start, before): binary search in the sorted starts
            int lo = 0;
            int hi = recurrences.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (recurrences.get(mid).start() < sentence.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            // the nearest one before, within reach of the limit it qualifies
            TimeExpressions.Found best = null;
            for (int i = lo; i < recurrences.size() && recurrences.get(i).start() < before; i++) {
                best = recurrences.get(i);
            }
            return best != null && before - best.end() <= RECURRENCE_REACH_CHARS ? best.recurrence() : null;
        }

        /** The delivery verb at token {@code k}, unless it is part of a noun ("chương trình", "quy trình"). */
        private PhraseLexicon.Match deliveryAt(int k, int limit) {
            PhraseLexicon.Match m = DELIVERY.match(tt.tokens(), k, limit);
            if (m == null) {
                return null;
            }
            for (int b = Math.max(0, k - 1); b <= k; b++) {
                PhraseLexicon.Match n = NOT_DELIVERY.match(tt.tokens(), b, tt.size());
                if (n != null && b + n.length() > k) {
                    return null;
                }
            }
            return m;
        }

        /** True if an odd number of quotation marks precede {@code at} in the sentence. */
        private boolean insideQuotes(int from, int at) {
            int straight = 0;
            int open = 0;
            for (int i = from; i < at; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    straight++;
                } else if (c == '“') {
                    open++;
                } else if (c == '”') {
                    open--;
                }
            }
            return straight % 2 == 1 || open > 0;
        }

        private int tokenStartAtOrAfter(int offset) {
            int i = tt.indexAtOrAfter(offset);
            return i < tt.size() ? tt.get(i).start() : offset;
        }

        /**
         * The sentence around {@code offset}, cut to {@link #WINDOW} characters on either side so that the work per
         * time expression stays bounded however long a "sentence" of a malformed text is.
         */
        private TextSpan sentenceOf(PlanLayout.Block block, int offset) {
            List<TextSpan> sentences = sentenceCache.computeIfAbsent(block.index(), i -> layout.sentences(block));
            TextSpan found = new TextSpan(block.contentStart(), block.end());
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    found = sentences.get(mid);
                    hi = mid - 1;
                }
            }
            int from = Math.max(found.start(), offset - WINDOW);
            int to = Math.min(found.end(), Math.max(offset, from) + WINDOW);
            return new TextSpan(Math.min(from, to), to);
        }

        /** The start of the clause that holds {@code at}, clauses being separated by ";" only. */
        private int semicolonClauseStart(int floor, int at) {
            for (int i = at - 1; i >= floor; i--) {
                if (text.charAt(i) == ';' && !layout.isProtected(i, i + 1)) {
                    return i + 1;
                }
            }
            return floor;
        }

        private int clauseStart(int floor, int at) {
            if (floor >= at) {
                return at;
            }
            for (int i = at - 1; i >= floor; i--) {
                char c = text.charAt(i);
                if ((c == ';' || c == ':') && !layout.isProtected(i, i + 1)) {
                    return i + 1;
                }
            }
            return floor;
        }

        private int clauseEnd(int from, int limit) {
            if (limit <= from) {
                return from; // an expression that runs past its (windowed) sentence
            }
            for (int i = from; i < limit; i++) {
                char c = text.charAt(i);
                if ((c == ';' || c == ':') && !layout.isProtected(i, i + 1)) {
                    return i;
                }
            }
            return limit;
        }
    }

    private static TextSpan titleSpan(String text, DocumentStructure structure) {
        String title = structure.title();
        if (title == null || title.isBlank()) {
            return new TextSpan(0, 0);
        }
        int limit = structure.body() != null ? Math.max(structure.body().start(), 0) : text.length();
        int at = text.indexOf(title);
        if (at < 0 || (at > limit && at > 3000)) {
            return new TextSpan(0, 0);
        }
        return new TextSpan(at, at + title.length());
    }

    private static String stripFinalStop(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static final java.util.regex.Pattern LEADING_JUNK =
            java.util.regex.Pattern.compile("^(?:[\\p{Punct}\\s–—]+|[a-zđ]\\)\\s*|\\d{1,2}[.)]\\s+)+");

    /** White space collapsed; Markdown emphasis, leading punctuation or labels ("b)") and a final stop removed. */
    static String clean(String s) {
        String t = s.replace("**", "").replace("__", "").replaceAll("\\s+", " ").strip();
        t = LEADING_JUNK.matcher(t).replaceFirst("");
        t = stripFinalStop(t);
        while (t.endsWith(",") || t.endsWith("(") || t.endsWith("-")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
