package org.vanban.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vanban.TextSpan;
import org.vanban.cite.Citation;
import org.vanban.deadline.PlanLayout;
import org.vanban.entity.ActorFinder;
import org.vanban.entity.ActorPhrase;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityLexicons;
import org.vanban.entity.PhraseLexicon;
import org.vanban.entity.Token;
import org.vanban.entity.TokenizedText;
import org.vanban.structure.DocumentStructure;

/**
 * The default assignment extractor: rules over the {@link PlanLayout} of the body and the actors that
 * {@link ActorFinder} recognises from the entities and the group lexicon.
 *
 * <p>What counts as an assignment:
 * <ul>
 *   <li>an introducer and an actor, anywhere: "Giao Phòng …", "Phân công đồng chí … phụ trách …",
 *       "Yêu cầu &lt;actor&gt; …", "Đề nghị &lt;actor&gt; …" (the surface starts at the introducer);</li>
 *   <li>an actor and a marker, anywhere: "X chịu trách nhiệm …", "X có trách nhiệm …", "X chủ trì, phối hợp với Y
 *       …" (X lead, Y support);</li>
 *   <li>in the implementation parts ("Tổ chức thực hiện", "Tiến độ thực hiện", "Phân công nhiệm vụ", a task list
 *       dated by period headings), a sentence whose subject is an actor and which goes on with a task
 *       ("Hiệu trưởng xây dựng Kế hoạch …", "Các đơn vị trực thuộc xây dựng Kế hoạch …");</li>
 *   <li>each item under a role or unit heading ("1. Lãnh đạo nhà trường:" then "- Xây dựng kế hoạch …"): who is the
 *       heading, the surface is the item. In an implementation part a short noun-phrase heading with "- " items is
 *       such a heading even when its words are unknown, if it starts with a head word ("2. Trưởng Trạm Y tế",
 *       "3. Y sĩ phụ trách chương trình tiêm chủng:") or a sibling heading is one; a closing paragraph is no item.</li>
 * </ul>
 * Where an actor is expected (after an introducer, before "chịu trách nhiệm", after "phối hợp với", as a subject in
 * an implementation part) actors the lexicons do not know count too ({@link ActorFinder#lenientAt}); the whole
 * clause before "chịu trách nhiệm" is its actor. A second introducer, or an actor with a marker after ";", ends the
 * task before it ("Giao A …; đề nghị B …").
 * Not assignments: items with no actor; the issuer describing its own work ("Nhà trường …", the issuer's name);
 * actor sentences outside the implementation parts without a marker; past or passive tasks ("đã …", "được …");
 * anything in a report's account of what was done. A sentence whose subject asks someone else ("Hiệu trưởng … đề
 * nghị các bộ phận …") assigns to the one asked.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class RuleAssignmentExtractor implements AssignmentExtractor {

    private static final PhraseLexicon MARKERS = PhraseLexicon.load(RuleAssignmentExtractor.class, "markers.txt");
    private static final PhraseLexicon PREAMBLES = PhraseLexicon.load(RuleAssignmentExtractor.class,
            "preambles.txt");
    private static final PhraseLexicon BLOCKERS = PhraseLexicon.load(RuleAssignmentExtractor.class,
            "introducer-blockers.txt");
    private static final PhraseLexicon HEADING_TOPICS = PhraseLexicon.load(RuleAssignmentExtractor.class,
            "heading-topics.txt");
    private static final PhraseLexicon CLOSINGS = PhraseLexicon.load(RuleAssignmentExtractor.class, "closings.txt");
    /** The longest heading taken as an actor whose words are not all known ("Y sĩ phụ trách chương trình …"). */
    private static final int MAX_HEADING_WORDS = 12;
    /** How far back from "chịu trách nhiệm" its subject may start. */
    private static final int MAX_SUBJECT_TOKENS = 64;
    private static final int MARKER_GAP = 3;
    private static final int MAX_TASK = 1500;

    private static final byte NOT_HEADING = 1;
    private static final byte SELF_HEADING = 2;
    private static final byte ACTOR_HEADING = 3;

    private final EntityLexicons lexicons;

    public RuleAssignmentExtractor() {
        this(EntityLexicons.defaults());
    }

    public RuleAssignmentExtractor(EntityLexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public List<Assignment> extract(String text, DocumentStructure structure, List<Citation> citations,
            List<Entity> entities) {
        return new Run(text, structure, citations, entities).extract();
    }

    private final class Run {
        final String text;
        final PlanLayout layout;
        final TokenizedText tt;
        final ActorFinder actors;
        final String issuerKey;
        final List<Assignment> out = new ArrayList<>();
        /** Per block: its who as a role or unit heading, once {@link #headingState} says so. */
        final String[] headingWhoCache;
        /** Per block: 0 not yet computed, {@link #NOT_HEADING}, {@link #SELF_HEADING} or {@link #ACTOR_HEADING}. */
        final byte[] headingState;
        final boolean[] hasBulletChild;
        /** Section headings by their parent section (-1: the top level), for the sibling rule. */
        final java.util.Map<Integer, List<PlanLayout.Block>> headingsByParent = new java.util.HashMap<>();
        /** Per parent section: whether one of its headings names an actor by a head word. */
        final java.util.Map<Integer, Boolean> siblingCache = new java.util.HashMap<>();

        Run(String text, DocumentStructure structure, List<Citation> citations, List<Entity> entities) {
            this.text = text;
            this.layout = PlanLayout.of(text, structure, citations);
            this.tt = TokenizedText.of(text);
            this.actors = new ActorFinder(tt, entities, lexicons);
            this.issuerKey = structure.issuer() == null ? null : key(structure.issuer());
            this.headingWhoCache = new String[layout.blocks().size()];
            this.headingState = new byte[layout.blocks().size()];
            this.hasBulletChild = new boolean[layout.blocks().size()];
            for (PlanLayout.Block b : layout.blocks()) {
                if (b.kind() != PlanLayout.BlockKind.PARAGRAPH && b.parent() >= 0) {
                    hasBulletChild[b.parent()] = true; // "- " items or lettered sub-headings
                }
                if (b.kind() == PlanLayout.BlockKind.HEADING && b.section() >= 0) {
                    headingsByParent.computeIfAbsent(layout.parentSection(b.section()), x -> new ArrayList<>()).add(b);
                }
            }
        }

        List<Assignment> extract() {
            boolean[] bulletItemSeen = new boolean[layout.blocks().size()];
            for (PlanLayout.Block b : layout.blocks()) {
                if (layout.inReportAccount(b)) {
                    continue;
                }
                // items of a role heading: "- " items, paragraphs, and lettered sub-headings ("a) Xây dựng lịch thi …")
                int heading = roleHeadingOf(b);
                if (heading >= 0 && !isItemOf(b, heading, bulletItemSeen)) {
                    heading = -1;
                }
                if (headingWho(b.index()) != null) {
                    continue; // "2. Y sĩ phụ trách chương trình tiêm chủng:" names the actor of the items below
                }
                String headingWho = heading >= 0 ? headingWho(heading) : null;
                boolean actorSentencesCount = layout.inImplementationPart(b) || headingWho != null;
                List<TextSpan> sentences = layout.sentences(b);
                for (int si = 0; si < sentences.size(); si++) {
                    TextSpan s = sentences.get(si);
                    int before = out.size();
                    sentence(b, s, actorSentencesCount, headingWho == null && layout.inImplementationPart(b),
                            headingWho != null);
                    if (si == 0 && headingWho != null) {
                        if (out.size() == before) {
                            headingItem(b, headingWho, b.end());
                            break;
                        }
                        // "- Tổ chức …; đề nghị Hội Phụ nữ phối hợp …": the item's own part before the other actor
                        int firstOwn = Integer.MAX_VALUE;
                        for (int i = before; i < out.size(); i++) {
                            firstOwn = Math.min(firstOwn, out.get(i).start());
                        }
                        if (firstOwn > b.contentStart()) {
                            headingItem(b, headingWho, firstOwn);
                        }
                    }
                }
            }
            out.sort(Comparator.comparingInt(Assignment::start));
            // one entry per actor and role over overlapping spans; in start order, an entry overlaps an earlier one of
            // the same actor exactly when it starts before the furthest end of those
            List<Assignment> kept = new ArrayList<>();
            java.util.Map<String, Integer> furthestEnd = new java.util.HashMap<>();
            for (Assignment a : out) {
                String same = a.role() + "|" + key(a.who());
                Integer end = furthestEnd.get(same);
                if (end == null || end <= a.start()) {
                    kept.add(a);
                    furthestEnd.put(same, end == null ? a.end() : Math.max(end, a.end()));
                }
            }
            return kept;
        }

        /** One sentence: introducers, markers, and (in implementation parts) an actor subject. */
        private void sentence(PlanLayout.Block b, TextSpan s, boolean actorSentencesCount, boolean unknownSubjects,
                boolean headingItem) {
            int from = firstWord(tt.indexAtOrAfter(s.start()), tt.indexAtOrAfter(s.end()));
            int limit = tt.indexAtOrAfter(s.end());
            if (from >= limit) {
                return;
            }
            ActorPhrase opening = actors.at(from, limit);
            boolean selfSubject = opening != null && isSelf(opening);
            introducers(from, limit, s, selfSubject, headingItem);
            subject(subjectStart(from, limit), limit, s, actorSentencesCount, unknownSubjects);
            // later clauses with their own subject: "Chuẩn bị đại hội: Đồng chí Bí thư chịu trách nhiệm …",
            // "Quán triệt …; các đảng viên viết bản thu hoạch …"
            for (int k = from + 1; k < limit; k++) {
                if ((tt.get(k).is(':') || tt.get(k).is(';')) && !covered(tt.get(k).end())) {
                    int at = firstWord(k + 1, limit);
                    if (actors.startsActor(skipTag(skipTag(at, limit, "QUANT"), limit, "HONORIFIC"), limit)) {
                        subject(at, limit, s, actorSentencesCount, unknownSubjects);
                    }
                }
            }
            responsibleSubjects(from, limit, s);
        }

        /**
         * "X chịu trách nhiệm …" where X is no actor the lexicons know, or a long list ("Các bộ phận liên quan và các
         * ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này"): the clause before the marker is the
         * actor when it reads as one ({@link ActorFinder#lenientAt}).
         */
        private void responsibleSubjects(int from, int limit, TextSpan s) {
            int clause = from;
            for (int k = from; k < limit; k++) {
                Token t = tt.get(k);
                if (t.is(';') || t.is(':')) {
                    clause = k + 1;
                    continue;
                }
                PhraseLexicon.Match m = MARKERS.match(tt.tokens(), k, limit);
                if (m == null || !m.has("RESPONSIBLE") || covered(t.start()) || k - clause > MAX_SUBJECT_TOKENS) {
                    continue;
                }
                if (k > 0 && (tt.get(k - 1).isWord("không") || tt.get(k - 1).isWord("chưa"))) {
                    continue; // "… không chịu trách nhiệm về …"
                }
                int start = firstWord(clause, k);
                ActorPhrase subject = subjectEndingAt(start, k);
                if (subject == null && PREAMBLES.match(tt.tokens(), start, k) != null) {
                    // "Trong thời gian diễn ra Ngày hội, Công an xã chịu trách nhiệm …"
                    for (int c = k - 1; c > start && subject == null; c--) {
                        if (tt.get(c).is(',')) {
                            subject = subjectEndingAt(c + 1, k);
                        }
                    }
                }
                if (subject == null || isSelf(subject) || isIntroducer(start, k)) {
                    continue;
                }
                subject = withEarlierActors(subject, from, k);
                int end = taskEnd(k, limit, s.end());
                add(subject.who(), t.start(), AssignmentRole.LEAD, subject.start(), end);
                supports(k, limit, t.start(), subject.start(), end);
                followers(end, limit, s.end(), true);
                k += m.length() - 1;
            }
        }

        /**
         * "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch … chịu trách nhiệm …": the
         * actors before the subject's clause, each a whole clause of its own, belong to it.
         */
        private ActorPhrase withEarlierActors(ActorPhrase subject, int sentenceFrom, int marker) {
            int start = subject.fromToken();
            while (start - 1 > sentenceFrom && tt.get(start - 1).is(';') && marker - start < MAX_SUBJECT_TOKENS) {
                int clause = start - 1;
                while (clause > sentenceFrom && !tt.get(clause - 1).is(';') && !tt.get(clause - 1).is(':')) {
                    clause--;
                }
                ActorPhrase earlier = actors.lenientAt(firstWord(clause, start - 1), start - 1, true);
                if (earlier == null || earlier.toToken() != start - 1 || isSelf(earlier)) {
                    break;
                }
                start = earlier.fromToken();
            }
            if (start == subject.fromToken()) {
                return subject;
            }
            int whoFrom = skipTag(start, marker, "HONORIFIC");
            String who = tt.span(whoFrom, subject.toToken()).replaceAll("\\s+", " ");
            return new ActorPhrase(start, subject.toToken(), tt.get(start).start(), subject.end(), who, false);
        }

        /** The actor phrase that starts at token {@code start} and ends at {@code marker} (adverbs aside), or null. */
        private ActorPhrase subjectEndingAt(int start, int marker) {
            ActorPhrase a = actors.lenientAt(start, marker, true);
            if (a == null) {
                return null;
            }
            for (int k = a.toToken(); k < marker; k++) {
                PhraseLexicon.Match adverb = lexicons.stops().match(tt.tokens(), k, marker);
                if (adverb == null || !adverb.has("ADVERB")) {
                    return null; // "phải", "sẽ", "trực tiếp" may come between the actor and the marker
                }
                k += adverb.length() - 1;
            }
            return a;
        }

        private boolean covered(int offset) {
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 4; i--) {
                if (out.get(i).start() <= offset && offset < out.get(i).end()) {
                    return true;
                }
            }
            return false;
        }

        /** The subject starting at token {@code subjectAt} and its task, if it makes an assignment. */
        private void subject(int subjectAt, int limit, TextSpan s, boolean actorSentencesCount,
                boolean unknownSubjects) {
            if (subjectAt < 0 || covered(tt.get(subjectAt).start())) {
                return;
            }
            ActorPhrase subject = actors.at(subjectAt, limit);
            int pred = subject == null || isSelf(subject) ? -1 : actors.predicateStart(subject.toToken(), limit);
            if (pred < 0) {
                // an actor the lexicons do not know, in an implementation part outside a role heading's items:
                // "Trưởng Trạm Y tế xây dựng …", "Các tổ công đoàn đăng ký …"
                if (!unknownSubjects) {
                    return;
                }
                subject = actors.lenientAt(subjectAt, limit, false);
                if (subject == null || isSelf(subject) || subject.toToken() >= limit) {
                    return;
                }
                pred = actors.predicateStart(subject.toToken(), limit);
                if (pred < 0) {
                    return;
                }
            }
            PhraseLexicon.Match marker = markerNear(subject.toToken(), limit);
            if (marker == null && !actorSentencesCount) {
                return;
            }
            if (!taskAfter(pred)) {
                return; // "Ngành Thuế đã tập trung triển khai …": an account, not a task
            }
            if (isIntroducer(pred, limit)) {
                return;
            }
            if (marker != null && marker.has("RESPONSIBLE")) {
                subject = withEarlierActors(subject, tt.indexAtOrAfter(s.start()), pred);
            }
            int end = taskEnd(pred, limit, s.end());
            int taskFrom = tt.get(pred).start();
            add(subject.who(), taskFrom, AssignmentRole.LEAD, subject.start(), end);
            supports(pred, limit, taskFrom, subject.start(), end);
            followers(end, limit, s.end(), actorSentencesCount);
        }

        /** "Giao X …", "Yêu cầu X …": returns true if the sentence had one. */
        private boolean introducers(int from, int limit, TextSpan s, boolean selfSubject, boolean headingItem) {
            boolean any = false;
            for (int k = from; k < limit; k++) {
                PhraseLexicon.Match intro = lexicons.actorWords().match(tt.tokens(), k, limit);
                if (intro == null || !intro.has("INTRODUCER") || blocked(k)) {
                    continue;
                }
                if (selfSubject && !intro.has("REQUEST")) {
                    continue; // "Nhà trường …; phân công lãnh đạo phụ trách …": the issuer organising its own work
                }
                int at = k + intro.length();
                ActorPhrase a = introduced(at, limit);
                if (a == null) {
                    continue;
                }
                if (headingItem && !intro.has("REQUEST") && generic(a)) {
                    continue; // "2. Các khoa" / "- Phân công cán bộ coi thi …": the heading's actor organising its staff
                }
                int pred = actors.predicateStart(a.toToken(), limit, true);
                int end = taskEnd(pred, limit, s.end());
                // "Kính đề nghị …": the courtesy word is not part of the assignment
                int markerAt = tt.get(k).isWord("kính") ? k + 1 : k;
                add(a.who(), tt.get(pred).start(), AssignmentRole.LEAD, tt.get(markerAt).start(), end);
                supports(pred, limit, tt.get(pred).start(), tt.get(markerAt).start(), end);
                followers(end, limit, s.end(), true);
                any = true;
                k = Math.max(k, tt.indexAtOrAfter(end) - 1);
            }
            return any;
        }

        /**
         * "… và đồng chí Y tham mưu …", "…; Ủy ban Kiểm tra báo cáo …": a second actor with its own task in the same
         * sentence. It is an assignment when the first one was given by an introducer ("Phân công đồng chí A …;
         * đồng chí B …"), in an implementation part, or when it carries its own marker.
         */
        private void followers(int after, int limit, int sentenceEnd, boolean counts) {
            while (true) {
                int k = tt.indexAtOrAfter(after);
                if (k >= limit) {
                    return;
                }
                int at = k;
                if (tt.get(at).is(',') || tt.get(at).is(';')) {
                    at++;
                }
                if (at < limit && (tt.get(at).isWord("và") || tt.get(at).isWord("còn"))) {
                    at++;
                }
                if (at == k) {
                    return;
                }
                ActorPhrase a = actors.at(at, limit);
                int pred = a == null || isSelf(a) ? -1 : actors.predicateStart(a.toToken(), limit);
                if (pred < 0) {
                    // "…; đồng chí Phó Bí thư Thường trực Đảng ủy chịu trách nhiệm …": an unknown actor with a marker
                    a = actors.lenientAt(at, limit, false);
                    if (a == null || isSelf(a) || markerNear(a.toToken(), limit) == null) {
                        return;
                    }
                    pred = actors.predicateStart(a.toToken(), limit);
                    if (pred < 0) {
                        return;
                    }
                }
                PhraseLexicon.Match h = lexicons.actorWords().match(tt.tokens(), at, limit);
                boolean honorific = h != null && h.has("HONORIFIC");
                int end = taskEnd(pred, limit, sentenceEnd);
                if (counts || honorific || markerNear(a.toToken(), limit) != null) {
                    add(a.who(), tt.get(pred).start(), AssignmentRole.LEAD, a.start(), end);
                    supports(pred, limit, tt.get(pred).start(), a.start(), end);
                }
                if (end <= after) {
                    return;
                }
                after = end;
            }
        }

        /**
         * "X chủ trì, phối hợp với Y …": Y supports, with the same surface as X's assignment. Only with "chủ trì":
         * a plain "phối hợp với Y" is part of X's task.
         */
        private void supports(int from, int limit, int taskFrom, int start, int taskEnd) {
            int stop = tt.indexAtOrAfter(taskEnd);
            boolean lead = false;
            for (int k = Math.max(0, from - 3); k < stop; k++) {
                PhraseLexicon.Match m = MARKERS.match(tt.tokens(), k, stop);
                if (m == null) {
                    continue;
                }
                if (tt.get(k).isWord("chủ") && m.has("LEAD")) {
                    lead = true;
                    continue;
                }
                if (!m.has("SUPPORT") || !lead) {
                    continue;
                }
                ActorPhrase y = actors.at(k + m.length(), stop);
                if (y == null) {
                    y = actors.lenientAt(k + m.length(), stop, false); // "Trạm Y tế phường 3", "Khoa Dược"
                }
                if (y != null && !isSelf(y)) {
                    add(y.who(), taskFrom, AssignmentRole.SUPPORT, start, taskEnd);
                    k = y.toToken() - 1;
                }
            }
        }

        /** Where the subject of the sentence starts: its first word, or after a preamble and a comma. */
        private int subjectStart(int from, int limit) {
            ActorPhrase direct = actors.at(from, limit);
            if (direct != null || actors.startsActor(skipTag(skipTag(from, limit, "QUANT"), limit, "HONORIFIC"),
                    limit)) {
                return from;
            }
            PhraseLexicon.Match pre = PREAMBLES.match(tt.tokens(), from, limit);
            if (pre == null) {
                return -1;
            }
            int commas = 0;
            for (int k = from + pre.length(); k < limit && commas < 3; k++) {
                if (tt.get(k).is(',')) {
                    commas++;
                    ActorPhrase a = actors.at(k + 1, limit);
                    if (a != null && actors.predicateStart(a.toToken(), limit) >= 0) {
                        return k + 1;
                    }
                }
            }
            return -1;
        }

        /**
         * The actor an introducer names at token {@code at}, with a task after it: a known one, else one whose words
         * the lexicons do not all know ("Đề nghị Bộ Văn hóa, Thể thao và Du lịch …"); null if none or the issuer.
         */
        private ActorPhrase introduced(int at, int limit) {
            ActorPhrase a = actors.at(at, limit);
            if (a != null && !isSelf(a) && taskAfter(actors.predicateStart(a.toToken(), limit, true))) {
                return a;
            }
            ActorPhrase l = actors.lenientAt(at, limit, false);
            if (l != null && !isSelf(l) && taskAfter(actors.predicateStart(l.toToken(), limit, true))) {
                return l;
            }
            return null;
        }

        /** True if an actor is a group named by common nouns ("cán bộ", "các tổ chuyên môn"), no name or title. */
        private boolean generic(ActorPhrase a) {
            int head = skipTag(a.fromToken(), a.toToken(), "QUANT");
            PhraseLexicon.Match h = lexicons.actorWords().match(tt.tokens(), head, a.toToken());
            return head < a.toToken() && !tt.get(head).capitalized() && (h == null || !h.has("HONORIFIC"));
        }

        /** True if a task starts at token {@code pred}: not a past ("đã …") nor a passive ("được hưởng", "bị …"). */
        private boolean taskAfter(int pred) {
            return pred >= 0 && !tt.get(pred).isWord("đã") && !tt.get(pred).isWord("được")
                    && !tt.get(pred).isWord("bị");
        }

        /**
         * True if a second assignment starts at token {@code at}, after a "," or ";" in a task: an introducer and its
         * actor ("…; đề nghị Hội Phụ nữ phối hợp …", "…, giao Trạm Y tế xã bố trí …"), or after ";" an actor with a
         * marker ("…; đồng chí Phó Bí thư chịu trách nhiệm …").
         */
        private boolean secondAssignmentAt(int at, int limit, boolean semicolon) {
            if (at >= limit) {
                return false;
            }
            PhraseLexicon.Match intro = lexicons.actorWords().match(tt.tokens(), at, limit);
            if (intro != null && intro.has("INTRODUCER") && !blocked(at)) {
                return introduced(at + intro.length(), limit) != null;
            }
            if (!semicolon) {
                return false;
            }
            ActorPhrase a = actors.at(at, limit);
            if (a == null || markerNear(a.toToken(), limit) == null) {
                a = actors.lenientAt(at, limit, false);
            }
            return a != null && !isSelf(a) && markerNear(a.toToken(), limit) != null;
        }

        /** A LEAD marker within a few tokens after the subject ("phải chịu trách nhiệm", "chủ trì"). */
        private PhraseLexicon.Match markerNear(int k, int limit) {
            for (int m = k; m < limit && m <= k + MARKER_GAP; m++) {
                PhraseLexicon.Match marker = MARKERS.match(tt.tokens(), m, limit);
                if (marker != null && marker.has("LEAD")) {
                    return marker;
                }
                if (!tt.get(m).word()) {
                    return null;
                }
            }
            return null;
        }

        private boolean isIntroducer(int k, int limit) {
            PhraseLexicon.Match m = lexicons.actorWords().match(tt.tokens(), k, limit);
            return m != null && m.has("INTRODUCER");
        }

        private boolean blocked(int k) {
            if (k == 0) {
                return false;
            }
            for (int len = 1; len <= 2 && k - len >= 0; len++) {
                PhraseLexicon.Match m = BLOCKERS.match(tt.tokens(), k - len, k);
                if (m != null && m.length() == len) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The end of a task that starts at token {@code pred}: the end of the sentence, or the ";", "và" or ","
         * before a second actor that has its own task ("… phụ trách … và đồng chí Y tham mưu …").
         */
        private int taskEnd(int pred, int limit, int sentenceEnd) {
            // a task longer than MAX_TASK characters is cut there: real ones are far shorter, and the cut keeps
            // the work per assignment bounded on malformed text
            int cap = tt.indexAtOrAfter(tt.get(pred).start() + MAX_TASK);
            if (cap < limit) {
                limit = cap;
                sentenceEnd = tt.get(cap - 1).end();
            }
            for (int k = pred + 1; k < limit; k++) {
                Token t = tt.get(k);
                if (!(t.isWord("và") || t.is(',') || t.is(';'))) {
                    continue;
                }
                int at = k + 1;
                if ((t.is(',') || t.is(';')) && at < limit && tt.get(at).isWord("và")) {
                    at++;
                }
                if (t.is(';') && CLOSINGS.match(tt.tokens(), at, limit) != null) {
                    // "…; trong quá trình thực hiện, nếu có vướng mắc …"
                    return trimEnd(tt.get(pred).start(), t.start());
                }
                if ((t.is(',') || t.is(';')) && secondAssignmentAt(at, limit, t.is(';'))) {
                    return trimEnd(tt.get(pred).start(), t.start());
                }
                PhraseLexicon.Match honorific = lexicons.actorWords().match(tt.tokens(), at, limit);
                if (!t.is(';') && (honorific == null || !honorific.has("HONORIFIC"))) {
                    continue; // after "và" or ",", only a named second actor ("và đồng chí …") splits a task
                }
                ActorPhrase a = actors.at(at, limit);
                if (a != null && actors.predicateStart(a.toToken(), limit) >= 0) {
                    return trimEnd(tt.get(pred).start(), t.start());
                }
            }
            return trimEnd(tt.get(pred).start(), sentenceEnd);
        }

        /**
         * The index of the nearest role or unit heading above the block ("1. Lãnh đạo nhà trường:"), or -1 (also when
         * the nearest one is the issuer itself).
         */
        private int roleHeadingOf(PlanLayout.Block b) {
            for (int p = b.parent(); p >= 0; p = layout.blocks().get(p).parent()) {
                PlanLayout.Block pb = layout.blocks().get(p);
                headingWho(p);
                if (headingState[p] == SELF_HEADING) {
                    return -1;
                }
                if (headingState[p] == ACTOR_HEADING) {
                    return p;
                }
                if (pb.kind() == PlanLayout.BlockKind.HEADING && pb.section() >= 0
                        && layout.parentSection(pb.section()) < 0) {
                    break;
                }
            }
            return -1;
        }

        /**
         * Whether a block under a role heading is one of its items: a "- " item is; a paragraph is only while no "- "
         * item has come under that heading, and never when it opens the document's closing ("Trên đây là Kế hoạch
         * …", "Trong quá trình thực hiện, nếu có vướng mắc …").
         */
        private boolean isItemOf(PlanLayout.Block b, int heading, boolean[] bulletItemSeen) {
            int from = firstWord(tt.indexAtOrAfter(b.contentStart()), tt.indexAtOrAfter(b.end()));
            if (CLOSINGS.match(tt.tokens(), from, tt.indexAtOrAfter(b.end())) != null) {
                return false;
            }
            if (b.kind() != PlanLayout.BlockKind.PARAGRAPH) {
                bulletItemSeen[heading] = true;
                return true;
            }
            return !bulletItemSeen[heading];
        }

        /** The who of block {@code p} if it is a role or unit heading, else null (cached). */
        private String headingWho(int p) {
            if (headingState[p] == 0) {
                headingState[p] = computeHeadingWho(layout.blocks().get(p));
            }
            return headingState[p] == ACTOR_HEADING ? headingWhoCache[p] : null;
        }

        /** Classifies block {@code b} as a heading and records its who. */
        private byte computeHeadingWho(PlanLayout.Block b) {
            int[] range = headingTokens(b);
            if (range == null) {
                return NOT_HEADING;
            }
            ActorPhrase known = actors.whole(range[0], range[1]);
            if (known != null) {
                headingWhoCache[b.index()] = known.who();
                return isSelf(known) ? SELF_HEADING : ACTOR_HEADING;
            }
            PhraseLexicon.Match request = lexicons.actorWords().match(tt.tokens(), range[0], range[1]);
            if (request != null && request.has("REQUEST") && layout.inImplementationPart(b)) {
                // "4. Đề nghị Ủy ban nhân dân các xã, phường:" and its items: the items are the asked body's
                int at = range[0] + request.length();
                ActorPhrase asked = actors.whole(at, range[1]);
                if (asked == null) {
                    asked = actors.lenientAt(at, range[1], false);
                }
                if (asked != null && asked.toToken() == range[1] && hasBulletChild[b.index()] && !isSelf(asked)) {
                    headingWhoCache[b.index()] = asked.who();
                    return ACTOR_HEADING;
                }
                return NOT_HEADING;
            }
            if (b.kind() == PlanLayout.BlockKind.PARAGRAPH || !layout.inImplementationPart(b)
                    || !hasBulletChild[b.index()] || !nounPhraseHeading(range[0], range[1])) {
                return NOT_HEADING;
            }
            int head = skipTag(skipTag(range[0], range[1], "QUANT"), range[1], "HONORIFIC");
            boolean headWord = actors.startsActor(head, range[1]);
            if (!headWord && !(b.kind() == PlanLayout.BlockKind.HEADING && siblingActorHeading(b))) {
                return NOT_HEADING;
            }
            // who as written, without an honorific ("Đồng chí Trưởng phòng …" → "Trưởng phòng …")
            int whoFrom = skipTag(range[0], range[1], "HONORIFIC");
            String who = tt.span(whoFrom, range[1]).replaceAll("\\s+", " ");
            headingWhoCache[b.index()] = who;
            return issuerKey != null && key(who).equals(issuerKey) ? SELF_HEADING : ACTOR_HEADING;
        }

        /**
         * The words of a block that may be a heading: a section heading ("1. Lãnh đạo nhà trường:", "1. Công an
         * tỉnh") or an item that announces a list ("- Tổ chuyên môn:"), without the final ":"; null otherwise.
         */
        private int[] headingTokens(PlanLayout.Block b) {
            if (b.kind() != PlanLayout.BlockKind.HEADING && !layout.endsWithColon(b)) {
                return null;
            }
            int from = tt.indexAtOrAfter(b.contentStart());
            int to = tt.indexAtOrAfter(b.end());
            while (to > from && !tt.get(to - 1).word()) {
                to--;
            }
            from = firstWord(from, to);
            if (from >= to || to - from > 25) {
                return null;
            }
            return new int[] {from, to};
        }

        /**
         * True if the heading is a short noun phrase: a capitalised start, at most {@link #MAX_HEADING_WORDS} words,
         * no sentence punctuation, no verb but a relative one inside a position's name ("Y sĩ phụ trách chương trình
         * tiêm chủng"), and no topic ("Thời gian", "Kinh phí", "Chế độ báo cáo").
         */
        private boolean nounPhraseHeading(int from, int to) {
            if (!tt.get(from).capitalized()) {
                return false;
            }
            int head = skipTag(skipTag(from, to, "QUANT"), to, "HONORIFIC");
            if (head >= to || HEADING_TOPICS.match(tt.tokens(), head, to) != null) {
                return false;
            }
            int words = 0;
            for (int k = from; k < to; k++) {
                Token t = tt.get(k);
                if (!t.word()) {
                    if (t.is(';') || t.is('.') || t.is('?') || t.is('!') || t.is(':')) {
                        return false;
                    }
                    continue;
                }
                if (++words > MAX_HEADING_WORDS) {
                    return false;
                }
                if (t.capitalized() && k > from) {
                    continue;
                }
                PhraseLexicon.Match relative = lexicons.actorWords().match(tt.tokens(), k, to);
                if (relative != null && relative.has("RELATIVE") && k > head) {
                    k += relative.length() - 1;
                    continue;
                }
                PhraseLexicon.Match stop = lexicons.stops().match(tt.tokens(), k, to);
                if (stop != null && stop.has("NOUN")) {
                    k += stop.length() - 1; // "chương trình"
                    continue;
                }
                if (stop != null && (stop.has("VERB") || stop.has("ADVERB"))
                        && !(k == head && actors.startsActor(k, to))) {
                    return false;
                }
            }
            return true;
        }

        /** True if another heading of the same level in the same part names an actor by a head word. */
        private boolean siblingActorHeading(PlanLayout.Block b) {
            int parent = b.section() >= 0 ? layout.parentSection(b.section()) : -1;
            Boolean cached = siblingCache.get(parent);
            if (cached != null) {
                return cached;
            }
            boolean found = false;
            for (PlanLayout.Block o : headingsByParent.getOrDefault(parent, List.of())) {
                if (!hasBulletChild[o.index()]) {
                    continue;
                }
                int[] range = headingTokens(o);
                if (range == null) {
                    continue;
                }
                int head = skipTag(skipTag(range[0], range[1], "QUANT"), range[1], "HONORIFIC");
                if (actors.whole(range[0], range[1]) != null
                        || (nounPhraseHeading(range[0], range[1]) && actors.startsActor(head, range[1]))) {
                    found = true;
                    break;
                }
            }
            siblingCache.put(parent, found);
            return found;
        }

        private int skipTag(int k, int limit, String tag) {
            PhraseLexicon.Match m = k < limit ? lexicons.actorWords().match(tt.tokens(), k, limit) : null;
            return m != null && m.has(tag) ? k + m.length() : k;
        }

        /** An item under a role heading: who is the heading, the surface the item up to {@code until}. */
        private void headingItem(PlanLayout.Block b, String who, int until) {
            int end = trimEnd(b.contentStart(), Math.min(until, b.end()));
            if (end <= b.contentStart()) {
                return;
            }
            add(who, b.contentStart(), AssignmentRole.LEAD, b.contentStart(), end);
            int from = tt.indexAtOrAfter(b.contentStart());
            supports(from, tt.indexAtOrAfter(end), b.contentStart(), b.contentStart(), end);
        }

        private void add(String who, int taskFrom, AssignmentRole role, int start, int end) {
            if (end <= start) {
                return;
            }
            String task = clean(text.substring(Math.min(taskFrom, end), end));
            if (role == AssignmentRole.LEAD && task.split(" ").length < 3) {
                return; // "Cơ quan chủ trì" as a column header: no task
            }
            out.add(new Assignment(clean(who), task, role, text.substring(start, end), start, end));
        }

        private boolean isSelf(ActorPhrase a) {
            if (a.self()) {
                return true;
            }
            return issuerKey != null && key(a.who()).equals(issuerKey);
        }

        private int firstWord(int from, int to) {
            while (from < to && !tt.get(from).word()) {
                from++;
            }
            return from;
        }

        /** Drops a final ".", "./.", ";", ":" and white space. */
        private int trimEnd(int start, int end) {
            int e = end;
            while (e > start) {
                char c = text.charAt(e - 1);
                if (Character.isWhitespace(c) || c == '.' || c == ';' || c == ':' || c == ',' || c == '/') {
                    e--;
                } else {
                    break;
                }
            }
            return e;
        }
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder();
        for (Token t : TokenizedText.of(s).tokens()) {
            if (t.word()) {
                sb.append(t.key()).append(' ');
            }
        }
        return sb.toString().strip();
    }

    static String clean(String s) {
        return s.replace("**", "").replace("__", "").replaceAll("\\s+", " ").strip();
    }
}
