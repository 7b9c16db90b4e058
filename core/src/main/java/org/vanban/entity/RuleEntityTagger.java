package org.vanban.entity;

import java.util.ArrayList;
import java.util.List;
import org.vanban.TextSpan;

/**
 * The default entity tagger: dictionaries and rules over the project's own lexicons ({@link EntityLexicons}).
 *
 * <ul>
 *   <li>organisation: a head word ("Phòng", "Sở", "UBND", "Trường", "Công đoàn") and its name — capitalised words,
 *       abbreviations, "và"/"-" between capitalised words, lower-case syllables inside a capitalised name
 *       ("Phòng Tổ chức hành chính"), a place after it ("UBND tỉnh Lâm Đồng");</li>
 *   <li>person: a family name from the list and one to three more capitalised syllables ("Trần Thị Mai Loan"), or any
 *       capitalised name after "ông", "bà", "đồng chí"; names in capitals only on a line of their own (signers);</li>
 *   <li>location: a province or city from the list, a kind of place and its name ("huyện Tân Hồng", "Quận 2"), or
 *       the place before ", ngày …" on the date line;</li>
 *   <li>role: a position from the list ("Phó Hiệu trưởng", "Chuyên viên").</li>
 * </ul>
 * At each word the longest candidate wins; on a tie an organisation beats a place, a place a person, a person a role.
 * Nothing overlapping a protected span is tagged. Linear in the length of the text; stateless and thread-safe.
 */
public final class RuleEntityTagger implements EntityTagger {

    private static final int MAX_NAME_TOKENS = 15;
    private static final int MAX_LOWER_RUN = 3;

    private final EntityLexicons lex;

    public RuleEntityTagger() {
        this(EntityLexicons.defaults());
    }

    public RuleEntityTagger(EntityLexicons lexicons) {
        this.lex = lexicons;
    }

    @Override
    public List<Entity> tag(String text, List<TextSpan> protectedSpans) {
        TokenizedText tt = TokenizedText.of(text);
        return tag(tt, protectedMask(tt, protectedSpans));
    }

    /** Tags an already tokenised text (saves tokenising twice when the caller has the tokens). */
    public List<Entity> tag(TokenizedText tt, List<TextSpan> protectedSpans) {
        return tag(tt, protectedMask(tt, protectedSpans));
    }

    /** Tags an already tokenised text; {@code blocked[i]} marks tokens inside protected spans. */
    List<Entity> tag(TokenizedText tt, boolean[] blocked) {
        List<Token> toks = tt.tokens();
        List<Entity> out = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            Token t = toks.get(i);
            if (blocked[i] || !t.word()) {
                i++;
                continue;
            }
            int j = i;
            boolean honorific = false;
            PhraseLexicon.Match h = lex.actorWords().match(toks, i);
            if (h != null && h.has("HONORIFIC") && i + h.length() < n && !toks.get(i + h.length() - 1).allCaps()) {
                j = i + h.length();
                honorific = true;
            }
            Candidate best = null;
            best = better(best, organization(tt, j, blocked));
            best = better(best, place(tt, j, blocked));
            best = better(best, person(tt, j, blocked, honorific));
            best = better(best, role(toks, j, blocked));
            if (best == null && j != i) {
                // The honorific alone ("ông", "bà" used as ordinary words) tags nothing; look at the next word.
                i++;
                continue;
            }
            if (best == null) {
                best = datelinePlace(tt, i, blocked);
            }
            if (best == null) {
                i++;
                continue;
            }
            out.add(new Entity(tt.span(best.from, best.to), best.kind, toks.get(best.from).start(),
                    toks.get(best.to - 1).end()));
            i = best.to;
        }
        return out;
    }

    private record Candidate(int from, int to, EntityKind kind, int rank) {
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.to > a.to || (b.to == a.to && b.rank < a.rank)) {
            return b;
        }
        return a;
    }

    static boolean[] protectedMask(TokenizedText tt, List<TextSpan> spans) {
        boolean[] mask = new boolean[tt.size()];
        for (TextSpan s : spans) {
            int k = Math.max(0, tt.indexAtOrAfter(s.start()) - 1);
            for (; k < tt.size() && tt.get(k).start() < s.end(); k++) {
                if (tt.get(k).end() > s.start()) {
                    mask[k] = true;
                }
            }
        }
        return mask;
    }

    /** An organisation starting at token {@code j}: a head word and its name. */
    Candidate organization(TokenizedText tt, int j, boolean[] blocked) {
        int end = organizationEnd(tt, j, blocked);
        return end < 0 ? null : new Candidate(j, end, EntityKind.ORGANIZATION, 0);
    }

    /** The end of the organisation name starting at {@code j}, or -1 if none starts there. */
    int organizationEnd(TokenizedText tt, int j, boolean[] blocked) {
        List<Token> toks = tt.tokens();
        if (j >= toks.size() || blocked[j] || !toks.get(j).word()) {
            return -1;
        }
        PhraseLexicon.Match head = lex.organizations().match(toks, j);
        if (head == null || blocked[j + head.length() - 1]) {
            return -1;
        }
        PhraseLexicon.Match stop = lex.stops().match(toks, j);
        if (stop != null && stop.length() > head.length()) {
            return -1; // "Tổ chức …", "Ban hành …": a verb, not a unit
        }
        boolean capitalHead = toks.get(j).capitalized();
        int headEnd = j + head.length();
        int k = headEnd;
        int solidEnd = headEnd; // the end of what surely belongs to the name
        boolean sawName = false;
        int lowerRun = 0;
        while (k < toks.size() && !blocked[k] && k - headEnd < MAX_NAME_TOKENS && !lineEndsName(tt, k)) {
            Token t = toks.get(k);
            if (!t.word()) {
                if ((t.is('-') || t.is('–')) && sawName && k + 1 < toks.size() && !blocked[k + 1]
                        && toks.get(k + 1).capitalized() && !startsLine(tt, k)) {
                    k++; // "Lao động - Thương binh và Xã hội"
                    continue;
                }
                if (t.is(',') && sawName && commaInsideName(toks, k, blocked)) {
                    k++; // "Văn hóa, Thể thao và Du lịch", "Kinh tế, Hạ tầng và Đô thị"
                    continue;
                }
                break;
            }
            if (!t.capitalized() && !t.isDigits()) {
                PhraseLexicon.Match type = lex.placeTypes().match(toks, k);
                if (type != null) {
                    int placeEnd = placeNameEnd(tt, k + type.length(), blocked);
                    solidEnd = placeEnd > 0 ? placeEnd : k + type.length();
                    break; // a place closes the name: "UBND tỉnh Lâm Đồng", "Công đoàn GD tỉnh"
                }
            }
            if (t.capitalized() || t.allCaps() || (t.isDigits() && sawName)) {
                sawName = true;
                lowerRun = 0;
                k++;
                solidEnd = k;
                continue;
            }
            if (t.isWord("và") && sawName && k + 1 < toks.size() && toks.get(k + 1).capitalized()
                    && lex.organizations().match(toks, k + 1) == null && lex.roles().match(toks, k + 1) == null) {
                k++; // "Giáo dục và Đào tạo", but not "Sở Nội vụ và Sở Tài chính"
                continue;
            }
            PhraseLexicon.Match lowerStop = lex.stops().match(toks, k);
            if (!capitalHead || lowerStop != null && !lowerStop.has("NOUN") || lowerRun >= MAX_LOWER_RUN) {
                break;
            }
            // Lower-case syllables: inside a capitalised name ("Phòng Tổ chức hành chính") they belong to it;
            // right after the head they count only if a capitalised word follows ("Phòng nội vụ TP").
            lowerRun++;
            k++;
            if (sawName) {
                solidEnd = k;
            }
        }
        if (solidEnd == headEnd) {
            return head.has("STANDALONE") && capitalHead ? headEnd : -1;
        }
        if (!capitalHead && !toks.get(headEnd).capitalized() && !toks.get(headEnd).allCaps()) {
            return -1; // "các sở, ngành": a lower-case head needs a capitalised name
        }
        return solidEnd;
    }

    /**
     * True if the comma at {@code k} lies inside a name of the form "A, B và C" ("Sở Văn hóa, Thể thao và Du lịch"):
     * a capitalised word that starts no unit, position, place or person follows it, at most three more words, then
     * "và" and a capitalised word that starts no unit or position.
     */
    private boolean commaInsideName(List<Token> toks, int k, boolean[] blocked) {
        int m = k + 1;
        if (m >= toks.size() || blocked[m] || !toks.get(m).capitalized() || toks.get(m).allCaps()
                || lex.organizations().match(toks, m) != null || lex.roles().match(toks, m) != null
                || lex.placeTypes().match(toks, m) != null || lex.surnames().match(toks, m) != null) {
            return false;
        }
        // "Thể thao", "Hạ tầng": a capitalised word and its lower-case syllables, then "và" and the last part
        for (int n = m + 1; n < toks.size() && n <= m + 4 && !blocked[n]; n++) {
            Token t = toks.get(n);
            if (t.isWord("và")) {
                return n > m && n + 1 < toks.size() && toks.get(n + 1).capitalized()
                        && lex.organizations().match(toks, n + 1) == null && lex.roles().match(toks, n + 1) == null;
            }
            if (!t.word() || lex.stops().match(toks, n) != null) {
                return false;
            }
        }
        return false;
    }

    /** True if token {@code k} is the first of its line: a "-" there is a bullet, not a hyphen in a name. */
    private static boolean startsLine(TokenizedText tt, int k) {
        return onNewLine(tt, k);
    }

    /** The end of a capitalised place name (or a number, "Quận 2") starting at {@code k}, or -1. */
    private int placeNameEnd(TokenizedText tt, int k, boolean[] blocked) {
        List<Token> toks = tt.tokens();
        int end = -1;
        int count = 0;
        while (k < toks.size() && !blocked[k] && count < 5 && !(count > 0 && lineEndsName(tt, k))) {
            Token t = toks.get(k);
            if (t.word() && (t.capitalized() || (count == 0 && t.isDigits()))) {
                k++;
                count++;
                end = k;
                if (t.isDigits()) {
                    break;
                }
            } else if ((t.is('-') || t.is('–')) && count > 0 && k + 1 < toks.size()
                    && toks.get(k + 1).capitalized() && !startsLine(tt, k)) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    private Candidate place(TokenizedText tt, int j, boolean[] blocked) {
        List<Token> toks = tt.tokens();
        if (j >= toks.size() || blocked[j]) {
            return null;
        }
        PhraseLexicon.Match p = lex.places().match(toks, j);
        int best = -1;
        if (p != null && toks.get(j).capitalized() && !blocked[j + p.length() - 1]) {
            best = j + p.length();
        }
        PhraseLexicon.Match type = lex.placeTypes().match(toks, j);
        if (type != null) {
            int end = placeNameEnd(tt, j + type.length(), blocked);
            best = Math.max(best, end);
        }
        return best < 0 ? null : new Candidate(j, best, EntityKind.LOCATION, 1);
    }

    private Candidate person(TokenizedText tt, int j, boolean[] blocked, boolean honorific) {
        List<Token> toks = tt.tokens();
        if (j >= toks.size() || blocked[j] || !toks.get(j).capitalized()) {
            return null;
        }
        boolean surname = lex.surnames().match(toks, j) != null;
        if (!surname && !honorific) {
            return null;
        }
        boolean caps = toks.get(j).allCaps();
        int k = j + 1;
        while (k < toks.size() && k - j < 5 && !blocked[k] && toks.get(k).capitalized()
                && toks.get(k).allCaps() == caps && !onNewLine(tt, k)) {
            k++;
        }
        int length = k - j;
        if (length < 2 || length > 4) {
            return null;
        }
        if (lex.organizations().match(toks, j) != null || lex.roles().match(toks, j) != null) {
            return null;
        }
        if (caps && !(onNewLine(tt, j) && (k == toks.size() || onNewLine(tt, k)))) {
            return null; // a name in capitals only as a line of its own (the signer)
        }
        return new Candidate(j, k, EntityKind.PERSON, 2);
    }

    /**
     * True if a name cannot run on into token {@code k}: a blank line lies between it and the token before, or a
     * line break does and either side is in capitals (the stacked lines of a header block: "PHÒNG GD&ĐT NGHI LỘC" /
     * "TRƯỜNG THCS NGHI PHONG"). A single line break inside running text may be a wrapped line and does not.
     */
    private static boolean lineEndsName(TokenizedText tt, int k) {
        if (k == 0) {
            return false;
        }
        String text = tt.text();
        int breaks = 0;
        for (int c = tt.get(k - 1).end(); c < tt.get(k).start(); c++) {
            if (text.charAt(c) == '\n') {
                breaks++;
            }
        }
        return breaks >= 2 || (breaks == 1 && (tt.get(k - 1).allCaps() || tt.get(k).allCaps()));
    }

    private static boolean onNewLine(TokenizedText tt, int k) {
        if (k == 0) {
            return true;
        }
        String text = tt.text();
        for (int c = tt.get(k - 1).end(); c < tt.get(k).start(); c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private Candidate role(List<Token> toks, int j, boolean[] blocked) {
        if (j >= toks.size() || blocked[j]) {
            return null;
        }
        PhraseLexicon.Match r = lex.roles().match(toks, j);
        if (r == null || blocked[j + r.length() - 1]) {
            return null;
        }
        if (r.has("CAP") && !toks.get(j).capitalized()) {
            return null;
        }
        return new Candidate(j, j + r.length(), EntityKind.ROLE, 3);
    }

    /** "Bình Trung Đông, ngày 23 tháng 4 năm 2020": the capitalised words before ", ngày &lt;digit&gt;" on a line. */
    private Candidate datelinePlace(TokenizedText tt, int i, boolean[] blocked) {
        if (!onNewLine(tt, i) || !tt.get(i).capitalized()) {
            return null;
        }
        int k = i;
        while (k < tt.size() && k - i < 6 && tt.get(k).word() && tt.get(k).capitalized() && !blocked[k]) {
            k++;
        }
        if (k == i || k + 2 >= tt.size() || !tt.get(k).is(',') || !tt.get(k + 1).isWord("ngày")
                || !tt.get(k + 2).isDigits()) {
            return null;
        }
        return new Candidate(i, k, EntityKind.LOCATION, 1);
    }
}
