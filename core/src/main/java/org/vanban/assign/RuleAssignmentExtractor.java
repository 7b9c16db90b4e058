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
 *       heading, the surface is the item.</li>
 * </ul>
 * Not assignments: items with no actor; the issuer describing its own work ("Nhà trường …", the issuer's name);
 * actor sentences outside the implementation parts without a marker; anything in a report's account of what was
 * done. A sentence whose subject asks someone else ("Hiệu trưởng … đề nghị các bộ phận …") assigns to the one asked.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class RuleAssignmentExtractor implements AssignmentExtractor {

    private static final PhraseLexicon MARKERS = PhraseLexicon.load(RuleAssignmentExtractor.class, "markers.txt");
    private static final PhraseLexicon PREAMBLES = PhraseLexicon.load(RuleAssignmentExtractor.class,
            "preambles.txt");
    private static final PhraseLexicon BLOCKERS = PhraseLexicon.load(RuleAssignmentExtractor.class,
            "introducer-blockers.txt");
    private static final int MARKER_GAP = 3;
    private static final int MAX_TASK = 1500;

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

        Run(String text, DocumentStructure structure, List<Citation> citations, List<Entity> entities) {
            this.text = text;
            this.layout = PlanLayout.of(text, structure, citations);
            this.tt = TokenizedText.of(text);
            this.actors = new ActorFinder(tt, entities, lexicons);
            this.issuerKey = structure.issuer() == null ? null : key(structure.issuer());
        }

        List<Assignment> extract() {
            for (PlanLayout.Block b : layout.blocks()) {
                if (layout.inReportAccount(b)) {
                    continue;
                }
                String headingWho = b.kind() == PlanLayout.BlockKind.HEADING ? null : roleHeadingOf(b);
                boolean actorSentencesCount = layout.inImplementationPart(b) || headingWho != null;
                List<TextSpan> sentences = layout.sentences(b);
                for (int si = 0; si < sentences.size(); si++) {
                    TextSpan s = sentences.get(si);
                    int before = out.size();
                    sentence(b, s, actorSentencesCount);
                    if (si == 0 && out.size() == before && headingWho != null && actorHeading(b) == null) {
                        headingItem(b, headingWho);
                        break;
                    }
                }
            }
            out.sort(Comparator.comparingInt(Assignment::start));
            List<Assignment> kept = new ArrayList<>();
            for (Assignment a : out) {
                boolean dup = false;
                for (Assignment k : kept) {
                    if (k.start() < a.end() && a.start() < k.end() && k.role() == a.role()
                            && key(k.who()).equals(key(a.who()))) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    kept.add(a);
                }
            }
            return kept;
        }

        /** One sentence: introducers, markers, and (in implementation parts) an actor subject. */
        private void sentence(PlanLayout.Block b, TextSpan s, boolean actorSentencesCount) {
            int from = firstWord(tt.indexAtOrAfter(s.start()), tt.indexAtOrAfter(s.end()));
            int limit = tt.indexAtOrAfter(s.end());
            if (from >= limit) {
                return;
            }
            ActorPhrase opening = actors.at(from, limit);
            boolean selfSubject = opening != null && isSelf(opening);
            introducers(from, limit, s, selfSubject);
            subject(subjectStart(from, limit), limit, s, actorSentencesCount);
            // later clauses with their own subject: "Chuẩn bị đại hội: Đồng chí Bí thư chịu trách nhiệm …",
            // "Quán triệt …; các đảng viên viết bản thu hoạch …"
            for (int k = from + 1; k < limit; k++) {
                if ((tt.get(k).is(':') || tt.get(k).is(';')) && !covered(tt.get(k).end())) {
                    ActorPhrase a = actors.at(k + 1, limit);
                    if (a != null) {
                        subject(k + 1, limit, s, actorSentencesCount);
                    }
                }
            }
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
        private void subject(int subjectAt, int limit, TextSpan s, boolean actorSentencesCount) {
            if (subjectAt < 0 || covered(tt.get(subjectAt).start())) {
                return;
            }
            ActorPhrase subject = actors.at(subjectAt, limit);
            if (subject == null || isSelf(subject)) {
                return;
            }
            int pred = actors.predicateStart(subject.toToken(), limit);
            if (pred < 0) {
                return;
            }
            PhraseLexicon.Match marker = markerNear(subject.toToken(), limit);
            if (marker == null && !actorSentencesCount) {
                return;
            }
            if (isIntroducer(pred, limit)) {
                return;
            }
            int end = taskEnd(pred, limit, s.end());
            int taskFrom = tt.get(pred).start();
            add(subject.who(), taskFrom, AssignmentRole.LEAD, subject.start(), end);
            supports(pred, limit, taskFrom, subject.start(), end);
            followers(end, limit, s.end(), actorSentencesCount);
        }

        /** "Giao X …", "Yêu cầu X …": returns true if the sentence had one. */
        private boolean introducers(int from, int limit, TextSpan s, boolean selfSubject) {
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
                ActorPhrase a = actors.at(at, limit);
                if (a == null || isSelf(a)) {
                    continue;
                }
                int pred = actors.predicateStart(a.toToken(), limit, true);
                if (pred < 0) {
                    continue;
                }
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
                if (a == null || isSelf(a)) {
                    return;
                }
                int pred = actors.predicateStart(a.toToken(), limit);
                if (pred < 0) {
                    return;
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
                if (y != null && !isSelf(y)) {
                    add(y.who(), taskFrom, AssignmentRole.SUPPORT, start, taskEnd);
                    k = y.toToken() - 1;
                }
            }
        }

        /** Where the subject of the sentence starts: its first word, or after a preamble and a comma. */
        private int subjectStart(int from, int limit) {
            ActorPhrase direct = actors.at(from, limit);
            if (direct != null) {
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

        /** The who of the nearest role or unit heading above the block ("1. Lãnh đạo nhà trường:"), or null. */
        private String roleHeadingOf(PlanLayout.Block b) {
            for (int p = b.parent(); p >= 0; p = layout.blocks().get(p).parent()) {
                PlanLayout.Block pb = layout.blocks().get(p);
                ActorPhrase a = actorHeading(pb);
                if (a != null) {
                    return isSelf(a) ? null : a.who();
                }
                if (pb.kind() == PlanLayout.BlockKind.HEADING && pb.section() >= 0
                        && layout.parentSection(pb.section()) < 0) {
                    break;
                }
            }
            return null;
        }

        /**
         * The actor a block consists of: a section heading ("1. Lãnh đạo nhà trường:", "1. Công an tỉnh") or an item
         * that announces a list ("- Tổ chuyên môn:"); null otherwise.
         */
        private ActorPhrase actorHeading(PlanLayout.Block b) {
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
            return actors.whole(from, to);
        }

        private void headingItem(PlanLayout.Block b, String who) {
            int end = trimEnd(b.contentStart(), b.end());
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
