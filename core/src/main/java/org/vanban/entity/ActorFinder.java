package org.vanban.entity;

import java.util.List;

/**
 * Recognises actor phrases in one tokenised document: named entities (persons, roles, organisations, from whatever
 * {@link EntityTagger} produced them) and the collective actors of {@link EntityLexicons#groups()}, with their
 * quantifiers, honorifics, modifiers ("trong nhà trường", "trực thuộc Sở", "các huyện, thành phố") and
 * coordination (", ", "và"). Built per document; immutable afterwards, so it may be shared between threads.
 */
public final class ActorFinder {

    private static final int MAX_PHRASE_TOKENS = 40;
    private static final int MAX_PREDICATE_GAP = 15;
    /** Unknown actors may be long lists ("Chánh Văn phòng …, Trưởng phòng …, Giám đốc …, Trưởng các thôn …"). */
    private static final int MAX_LENIENT_TOKENS = 64;
    /** The longest position in apposition to a name that the lists do not hold ("…, cán bộ tổng hợp, …"). */
    private static final int MAX_APPOSITION_WORDS = 8;

    private final TokenizedText tt;
    private final List<Token> toks;
    private final EntityLexicons lex;
    private final int[] entityEnd; // for each token, the end token of an actor entity starting there, else -1
    private final EntityKind[] entityKind;

    public ActorFinder(TokenizedText tt, List<Entity> entities, EntityLexicons lexicons) {
        this.tt = tt;
        this.toks = tt.tokens();
        this.lex = lexicons;
        this.entityEnd = new int[toks.size()];
        this.entityKind = new EntityKind[toks.size()];
        java.util.Arrays.fill(entityEnd, -1);
        for (Entity e : entities) {
            if (e.kind() == EntityKind.LOCATION) {
                continue;
            }
            int from = tt.indexAtOrAfter(e.start());
            int to = tt.indexAtOrAfter(e.end());
            if (from < to && from < toks.size() && toks.get(from).start() == e.start() && to > entityEnd[from]) {
                entityEnd[from] = to;
                entityKind[from] = e.kind();
            }
        }
    }

    public TokenizedText tokens() {
        return tt;
    }

    public EntityLexicons lexicons() {
        return lex;
    }

    /** The actor phrase that starts at token {@code i} and ends before token {@code limit}, or null. */
    public ActorPhrase at(int i, int limit) {
        limit = Math.min(limit, Math.min(toks.size(), i + MAX_PHRASE_TOKENS));
        int j = i;
        int lastEnd = -1;
        int whoStart = -1;
        int whoEnd = -1;
        boolean allSelf = true;
        while (j < limit) {
            int k = skip(j, limit, "QUANT");
            int afterHonorific = skip(k, limit, "HONORIFIC");
            if (afterHonorific > k && headEnd(afterHonorific, limit) < 0) {
                break; // "ông", "bà" before something that is no actor
            }
            int headStart = afterHonorific;
            if (whoStart < 0) {
                whoStart = afterHonorific > k && k == j ? afterHonorific : j;
            }
            int end = headEnd(headStart, limit);
            if (end < 0) {
                PhraseLexicon.Match self = lex.actorWords().match(toks, headStart, limit);
                if (self != null && self.has("SELF") && headStart == i) {
                    end = headStart + self.length();
                } else {
                    break;
                }
            } else {
                allSelf = false;
            }
            // Compounds: "bộ phận đoàn thể", "cán bộ đảng viên", "Tập thể chi bộ".
            int more;
            while (end < limit && (more = headEnd(end, limit)) > 0) {
                end = more;
            }
            end = modifiers(end, limit);
            lastEnd = end;
            whoEnd = end;
            int apposition = entityKind[headStart] == EntityKind.PERSON ? apposition(end, limit) : -1;
            if (apposition > 0) {
                lastEnd = apposition; // "đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng, phụ trách …": who is the person
                break;
            }
            int next = conjunctStart(end, limit);
            if (next < 0) {
                break;
            }
            j = next;
        }
        if (lastEnd < 0) {
            return null;
        }
        int whoTo = trimTrailingSchool(whoStart, whoEnd);
        String who = tt.span(whoStart, whoTo).replaceAll("\\s+", " ");
        return new ActorPhrase(i, lastEnd, toks.get(i).start(), toks.get(lastEnd - 1).end(), who, allSelf);
    }

    /** ", Phó Hiệu trưởng," after a person's name: the token after the second comma, or -1. */
    private int apposition(int k, int limit) {
        if (k + 2 >= limit || !toks.get(k).is(',')) {
            return -1;
        }
        PhraseLexicon.Match role = lex.roles().match(toks, k + 1, limit);
        if (role == null) {
            // a position the lists do not hold: "đồng chí Nguyễn Văn Quyết, cán bộ tổng hợp, có trách nhiệm …"
            if (!startsActor(k + 1, limit)) {
                return -1;
            }
            for (int m = k + 2; m < limit && m <= k + 1 + MAX_APPOSITION_WORDS; m++) {
                if (toks.get(m).is(',')) {
                    return m + 1 < limit ? m + 1 : -1;
                }
                if (!toks.get(m).word()) {
                    return -1;
                }
            }
            return -1;
        }
        int end = modifiers(k + 1 + role.length(), Math.min(limit, k + 12));
        return end < limit && toks.get(end).is(',') ? end + 1 : -1;
    }

    /**
     * After an actor phrase ending at token {@code k}: the token where its predicate (the task) begins, or -1. The
     * predicate must start with a verb or adverb of {@link EntityLexicons#stops()} (or ":"/"-").
     */
    public int predicateStart(int k, int limit) {
        return predicateStart(k, limit, false);
    }

    /**
     * As {@link #predicateStart(int, int)}; with {@code lenient}, any lower-case word that is not a function word
     * also begins the task — for actors named after "Giao", "Đề nghị", "Yêu cầu", where an actor is expected and
     * the verb may be one the list lacks ("quan tâm", "niêm yết", "sớm ban hành").
     */
    public int predicateStart(int k, int limit, boolean lenient) {
        if (k >= limit || k >= toks.size()) {
            return -1;
        }
        Token t = toks.get(k);
        if (t.is(':') || t.is('-') || t.is('–')) {
            return k + 1 < limit ? k + 1 : -1; // "Hiệu trưởng: chịu trách nhiệm chung"
        }
        if (t.isWord("tự") && k + 1 < limit) {
            PhraseLexicon.Match verb = lex.stops().match(toks, k + 1, limit);
            if (verb != null && verb.has("VERB")) {
                return k; // "tự giải thể", "tự đánh giá": "tự" (oneself) before a verb
            }
        }
        PhraseLexicon.Match first = lex.stops().match(toks, k, limit);
        if (first != null && first.has("NOUN")) {
            first = null; // "chương trình …" is no verb
        }
        if (first == null) {
            return lenient && t.word() && !t.capitalized() && !t.isDigits() ? k : -1;
        }
        if (first.has("FUNCTION") && !first.has("VERB")) {
            return -1;
        }
        if (first.has("VERB")) {
            return k;
        }
        // Adverbials between actor and verb: "theo nhiệm vụ được phân công triển khai", "căn cứ … để xây dựng".
        for (int m = k + first.length(); m < limit && m < k + MAX_PREDICATE_GAP; m++) {
            Token u = toks.get(m);
            if (u.is('.') || u.is(';') || u.is(':')) {
                return -1;
            }
            PhraseLexicon.Match v = lex.stops().match(toks, m, limit);
            if (v != null && v.has("VERB")) {
                return k;
            }
        }
        return -1;
    }

    /** True if the tokens {@code [from, to)} are exactly one actor phrase. */
    public ActorPhrase whole(int from, int to) {
        ActorPhrase a = at(from, to);
        return a != null && a.toToken() == to ? a : null;
    }

    /**
     * An actor phrase whose words need not all be in the lexicons, for the places where an actor is expected (after
     * "Giao", "Đề nghị", "Yêu cầu", "phối hợp với"; before "chịu trách nhiệm"; at the head of an implementation
     * item). After a quantifier or an honorific it must start with an actor: a known one, or a head word of
     * {@link EntityLexicons#actorHeads()} ("Trưởng Trạm Y tế", "Cố vấn học tập", "Tổ công đoàn …"). It then runs
     * over capitalised names (with the commas and "và" inside them: "Bộ Văn hóa, Thể thao và Du lịch"), known actors,
     * links, coordination and other nouns, and ends before a verb, an adverb or clause punctuation. A verb right
     * after a quantifier is a noun ("các tổ chức"). With {@code throughFunctionWords} function words do not end it
     * ("các ông (bà) có tên tại Điều 1"), but for a few that open a clause ("là", "không", "nếu"), for a subject whose
     * end is fixed by the marker after it.
     *
     * @return the phrase, or null if none starts at token {@code i}
     */
    public ActorPhrase lenientAt(int i, int limit, boolean throughFunctionWords) {
        limit = Math.min(limit, Math.min(toks.size(), i + MAX_LENIENT_TOKENS));
        int q = skip(i, limit, "QUANT");
        int h = skip(q, limit, "HONORIFIC");
        if (h >= limit || !startsActor(h, limit)) {
            return null;
        }
        if (h == i && !toks.get(h).capitalized() && headEnd(h, limit) < 0) {
            return null; // a head word in lower case names an actor only after "các", "những": "giao cho hội được …"
        }
        int whoStart = h > q && q == i ? h : i;
        int k = h;
        int end = -1;
        while (k < limit) {
            Token t = toks.get(k);
            if (!t.word()) {
                if (t.is(',') && k > h && k + 1 < limit && toks.get(k + 1).word() && !startsTask(k + 1, limit)) {
                    k++;
                    continue;
                }
                if ((t.is('-') || t.is('–') || t.is('(') || t.is(')') || t.is('/') || t.is('&')) && end > 0) {
                    k++;
                    continue;
                }
                break;
            }
            int known = t.capitalized() ? -1 : headEnd(k, limit);
            if (t.capitalized() || t.isDigits()) {
                end = ++k;
                continue;
            }
            if (known > k) {
                end = k = known;
                continue;
            }
            PhraseLexicon.Match w = lex.actorWords().match(toks, k, limit);
            if (w != null && w.has("INTRODUCER")) {
                break;
            }
            if (w != null && (w.has("LINK") || w.has("JOIN") || w.has("QUANT") || w.has("QUALIFIER"))) {
                k += w.length();
                if (w.has("QUALIFIER")) {
                    end = k;
                }
                continue;
            }
            PhraseLexicon.Match before = k > 0 ? lex.actorWords().match(toks, k - 1, k) : null;
            boolean afterQuant = before != null && before.has("QUANT");
            PhraseLexicon.Match stop = lex.stops().match(toks, k, limit);
            if (t.isWord("số") && !(k + 1 < limit && toks.get(k + 1).isDigits())) {
                stop = null; // "Tổ công nghệ số cộng đồng": "digital", not "number"
            }
            if (stop != null && !afterQuant && (stop.has("VERB") || stop.has("ADVERB") || stop.has("HARD")
                    || (stop.has("FUNCTION") && !throughFunctionWords))) {
                break;
            }
            k += stop != null ? stop.length() : 1;
            end = k;
        }
        if (end <= h) {
            return null;
        }
        int whoTo = trimTrailingSchool(whoStart, end);
        String who = tt.span(whoStart, whoTo).replaceAll("\\s+", " ");
        return new ActorPhrase(i, end, toks.get(i).start(), toks.get(end - 1).end(), who, false);
    }

    /**
     * True if an actor starts at token {@code k}: a known one, or a head word of
     * {@link EntityLexicons#actorHeads()} that is not the first syllable of a verb ("Tổ chức", "Ban hành").
     */
    public boolean startsActor(int k, int limit) {
        if (k >= limit || !toks.get(k).word()) {
            return false;
        }
        if (headEnd(k, limit) > 0) {
            return true;
        }
        PhraseLexicon.Match head = lex.actorHeads().match(toks, k, limit);
        if (head == null) {
            return false;
        }
        PhraseLexicon.Match stop = lex.stops().match(toks, k, limit);
        return stop == null || stop.length() <= head.length() && !stop.has("VERB");
    }

    /** True if a task starts at token {@code k}: a verb or an adverb of {@link EntityLexicons#stops()}. */
    private boolean startsTask(int k, int limit) {
        PhraseLexicon.Match stop = lex.stops().match(toks, k, limit);
        return stop != null && (stop.has("VERB") || stop.has("ADVERB")) && !toks.get(k).capitalized();
    }

    private int skip(int k, int limit, String tag) {
        PhraseLexicon.Match m = k < limit ? lex.actorWords().match(toks, k, limit) : null;
        return m != null && m.has(tag) ? k + m.length() : k;
    }

    /** The end of an actor head (entity, role, group, standalone unit) at token {@code k}, or -1. */
    private int headEnd(int k, int limit) {
        if (k >= limit || !toks.get(k).word()) {
            return -1;
        }
        int best = -1;
        if (entityEnd[k] > 0 && entityEnd[k] <= limit) {
            best = entityEnd[k];
        }
        PhraseLexicon.Match stop = lex.stops().match(toks, k, limit);
        PhraseLexicon.Match role = lex.roles().match(toks, k, limit);
        if (role != null && (!role.has("CAP") || toks.get(k).capitalized())) {
            best = Math.max(best, k + role.length());
        }
        PhraseLexicon.Match group = lex.groups().match(toks, k, limit);
        if (group != null) {
            best = Math.max(best, k + group.length());
        }
        PhraseLexicon.Match org = lex.organizations().match(toks, k, limit);
        if (org != null && org.has("STANDALONE")) {
            best = Math.max(best, k + org.length());
        } else if (org != null && best < 0) {
            int place = placeQualifier(k + org.length(), limit);
            if (place > k + org.length()) {
                best = place; // "Ủy ban nhân dân các xã, phường, đặc khu", "UBND cấp huyện"
            }
        }
        if (best > 0 && stop != null && (stop.has("VERB") ? k + stop.length() >= best : k + stop.length() > best)) {
            return -1; // "tổ chức", "quản lý": the verb reading wins; "trường hợp" is no school
        }
        return best;
    }

    /** Modifiers after an actor head: places, qualifiers, "trong/của/tại/thuộc …", an entity in apposition. */
    private int modifiers(int k, int limit) {
        for (int guard = 0; guard < 8 && k < limit; guard++) {
            int next = placeQualifier(k, limit);
            if (next > k) {
                k = next;
                continue;
            }
            PhraseLexicon.Match w = lex.actorWords().match(toks, k, limit);
            if (w != null && w.has("QUALIFIER")) {
                k += w.length();
                continue;
            }
            if (toks.get(k).is(',') && k + 1 < limit) {
                PhraseLexicon.Match listed = lex.actorWords().match(toks, k + 1, limit);
                if (listed != null && listed.has("QUALIFIER") && !listed.has("LINK")) {
                    k += 1 + listed.length(); // "Các trường mầm non, tiểu học, trung học cơ sở"
                    continue;
                }
            }
            if (w != null && w.has("QUANT") && (toks.get(k - 1).word())) {
                int end = headEnd(k + w.length(), limit);
                if (end > 0 && lex.roles().match(toks, startOfLastHead(k), limit) != null) {
                    k = end; // "Hiệu trưởng các trường", "Thủ trưởng các đơn vị"
                    continue;
                }
            }
            if (w != null && w.has("LINK")) {
                int obj = skip(k + w.length(), limit, "QUANT");
                int end = headEnd(obj, limit);
                if (end < 0) {
                    PhraseLexicon.Match self = lex.actorWords().match(toks, obj, limit);
                    end = self != null && self.has("SELF") ? obj + self.length() : placeQualifier(obj, limit);
                    if (end <= obj) {
                        end = -1;
                    }
                }
                if (end > 0) {
                    k = end;
                    continue;
                }
                break;
            }
            if (entityEnd[k] > 0 && entityEnd[k] <= limit) {
                k = entityEnd[k]; // "Giám đốc Sở Nội vụ", "Phó Thủ tướng Chính phủ Trần Hồng Hà"
                continue;
            }
            break;
        }
        return k;
    }

    /** The start of the head word that ends just before {@code k} (a role or unit), looking back a few tokens. */
    private int startOfLastHead(int k) {
        for (int b = Math.max(0, k - 6); b < k; b++) {
            PhraseLexicon.Match r = lex.roles().match(toks, b, k);
            if (r != null && b + r.length() == k) {
                return b;
            }
        }
        return k;
    }

    /** "tỉnh", "thành phố Hạ Long", "các huyện, thành phố", "Quận 2": returns the end, or k if none. */
    private int placeQualifier(int k, int limit) {
        int m = skip(k, limit, "QUANT");
        PhraseLexicon.Match type = m < limit ? lex.placeTypes().match(toks, m, limit) : null;
        if (type == null || toks.get(m).capitalized() && m == k) {
            return k;
        }
        int end = m + type.length();
        // a capitalised name or a number: "thành phố Hạ Long", "Quận 2"
        int n = end;
        while (n < limit && n - end < 5 && toks.get(n).word() && (toks.get(n).capitalized()
                || (n == end && toks.get(n).isDigits()))) {
            n++;
        }
        end = n;
        // plural lists: "các huyện, thành phố"
        while (end + 1 < limit && toks.get(end).is(',')) {
            PhraseLexicon.Match more = lex.placeTypes().match(toks, end + 1, limit);
            if (more == null) {
                break;
            }
            end = end + 1 + more.length();
        }
        return end;
    }

    /** After a conjunct ending at {@code k}: where the next conjunct starts, if ", " or "và" leads to an actor. */
    private int conjunctStart(int k, int limit) {
        if (k >= limit) {
            return -1;
        }
        int m = k;
        if (toks.get(m).is(',')) {
            m++;
        }
        PhraseLexicon.Match join = m < limit ? lex.actorWords().match(toks, m, limit) : null;
        if (join != null && join.has("JOIN")) {
            m += join.length();
        }
        if (m == k) {
            return -1;
        }
        int h = skip(skip(m, limit, "QUANT"), limit, "HONORIFIC");
        return headEnd(h, limit) > 0 ? m : -1;
    }

    /** "Phó Hiệu trưởng nhà trường" → "Phó Hiệu trưởng": a role's own school is left out of who. */
    private int trimTrailingSchool(int from, int to) {
        if (to - from >= 3) {
            if (toks.get(to - 2).isWord("nhà") && toks.get(to - 1).isWord("trường")) {
                PhraseLexicon.Match role = lex.roles().match(toks, from, to - 2);
                if (role != null && from + role.length() == to - 2) {
                    return to - 2;
                }
            }
        }
        return to;
    }
}
