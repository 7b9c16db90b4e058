package org.vanban.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vanban.normalize.SyllableKey;
import org.vanban.segment.WordLexicon;

/**
 * The issuer after "của": a run of words that can make up the name of a body ("Ban Chấp hành Trung ương Đảng",
 * "tỉnh ủy", "UBND thành phố Hạ Long", "Ban Dân vận Huyện ủy và Ủy ban nhân dân Huyện"). Known bodies
 * ({@code bodies.txt}) are read whole; otherwise capitalised words and the lower-case words of
 * {@code issuer-words.txt} belong to it, and after a place word ("tỉnh", "thành phố") at most three capitalised
 * words, the place's name. It ends at punctuation, a paragraph break, a word that cannot be part of a name, or a
 * word that opens the subject or the next citation.
 */
final class IssuerGrammar {

    /** An issuer as printed (whitespace collapsed) and where it ends. */
    record Found(String issuer, int end) {
    }

    private static final int MAX_WORDS = 16;
    private static final int MAX_PLACE_NAME_WORDS = 3;
    /** The most lower-case syllables read ahead to finish the words of a name ("Cục Bảo vệ thực vật"). */
    private static final int MAX_LOWER_RUN = 5;
    /** Single words that end an issuer: the subject, a date, a number, a term, a place of signing. */
    private static final Set<String> STOP_WORDS = Set.of("về", "ngày", "số", "sổ", "khóa", "khoá", "tại", "của",
            "năm", "theo", "v/v", "nhiệm");
    /** Two-word openings of a subject written without "về". */
    private static final Set<String> STOP_PAIRS = Set.of("ban hanh", "quy dinh", "huong dan", "phe duyet",
            "bao cao", "sua doi", "bo sung", "cong bo");
    /** Words after which a place's name follows ("tỉnh Lâm Đồng", "thành phố Hạ Long"). */
    private static final Set<String> PLACE_WORDS = Set.of("tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn",
            "khu");
    /** After these words a number belongs to the name ("UBND Quận 2", "Phường 5"). */
    private static final Set<String> NUMBERED_PLACES = Set.of("quận", "phường", "khu", "tổ", "đội");

    private final CitationLexicon lexicon;

    IssuerGrammar(CitationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The issuer after "của" at {@code at} (the position of "của"), or null. */
    Found afterCua(CharSequence text, int at) {
        int afterCua = TextScan.matchFolded(text, at, "cua");
        if (afterCua < 0) {
            return null;
        }
        return issuerAt(text, TextScan.skipSpaces(text, afterCua, 1));
    }

    /** An issuer starting at {@code at}, or null. */
    Found issuerAt(CharSequence text, int at) {
        int p = at;
        int end = -1;
        String previous = null;
        int placeWords = -1; // -1: not after a place word; else how many words of the place's name so far
        boolean afterBody = false; // right after a known body's name: a capitalised word is the sentence's
        String previousWord = null; // the last word of the name as printed, for words that run on in lower case
        int words = 0;
        while (words < MAX_WORDS) {
            PhraseTrie.Match<Boolean> body = lexicon.bodies().longest(text, p);
            int wEnd;
            if (body != null) {
                wEnd = body.end();
                previous = null;
                previousWord = null;
                // A department's name may go on with its province ("Sở Giáo dục và Đào tạo Quảng Nam"); a national
                // body's name is complete ("Chính phủ").
                boolean local = isLocalBody(text, p);
                placeWords = local ? 0 : -1;
                afterBody = !local;
            } else {
                wEnd = wordEnd(text, p);
                if (wEnd == p) {
                    break;
                }
                String word = text.subSequence(p, wEnd).toString();
                String lower = word.toLowerCase(Locale.ROOT);
                if (STOP_WORDS.contains(lower) && !(lower.equals("năm") && placeWords >= 0)) {
                    break; // "Việt Nam" is a name; "năm 2020" is not
                }
                if (isStopPair(text, lower, wEnd)) {
                    break;
                }
                if (lower.equals("và")) {
                    // "Bộ Giáo dục và Đào tạo", "Ban Dân vận Huyện ủy và Ủy ban nhân dân": a capitalised name goes
                    // on; "… của Bộ Chính trị và Kết luận số …" starts the next citation.
                    int next = TextScan.skipSpaces(text, wEnd, 1);
                    if (words == 0 || next == wEnd || next >= text.length() || !TextScan.isUpper(text.charAt(next))
                            || lexicon.typeWords().longest(text, next) != null) {
                        break;
                    }
                    previous = lower;
                    previousWord = null;
                    placeWords = -1;
                    afterBody = false;
                    words++;
                    p = next;
                    continue;
                }
                if (!accepts(word, lower, previous, placeWords)
                        || afterBody && !lexicon.isIssuerWord(lower) && !looksLikeAbbreviation(word)) {
                    int runEnd = afterBody || previousWord == null || placeWords >= 0 ? -1
                            : wordCompletingRun(text, p, previousWord);
                    if (runEnd < 0) {
                        break; // "… của Chính phủ Quy định …": the body's name is complete
                    }
                    // "Trung tâm", "Chi cục Thủy lợi", "Cục Bảo vệ thực vật": lower-case syllables that finish the
                    // words a capitalised syllable began belong to the name.
                    end = runEnd;
                    words++;
                    previous = null;
                    previousWord = null;
                    placeWords = -1;
                    int next = TextScan.skipSpaces(text, runEnd, 1);
                    if (next == runEnd) {
                        break;
                    }
                    p = next;
                    continue;
                }
                previousWord = word;
                if (placeWords > 0 && TextScan.isUpper(word.charAt(0)) && startsLowerCaseWord(text, word, wEnd)) {
                    break; // "tỉnh Bình Phước Thành lập …": a capitalised verb opens the next sentence
                }
                afterBody = false;
                if (PLACE_WORDS.contains(lower)) {
                    placeWords = 0;
                } else if (placeWords >= 0 && TextScan.isUpper(word.charAt(0)) && !lexicon.isIssuerWord(lower)) {
                    placeWords++;
                } else {
                    placeWords = -1;
                }
                previous = lower;
            }
            end = wEnd;
            words++;
            // "Bà Rịa - Vũng Tàu", "Lao động - Thương binh": a spaced dash between capitalised words.
            int dash = TextScan.skipInlineSpaces(text, wEnd);
            if (dash > wEnd && dash < text.length() && (text.charAt(dash) == '-' || text.charAt(dash) == '–')) {
                int after = TextScan.skipInlineSpaces(text, dash + 1);
                if (after > dash + 1 && after < text.length() && TextScan.isUpper(text.charAt(after))) {
                    p = after;
                    if (placeWords > 0) {
                        placeWords--; // the two halves of one name
                    }
                    continue;
                }
            }
            // "của Bộ Chính trị, Ban Bí thư": bodies listed with a comma sign together.
            int comma = TextScan.skipInlineSpaces(text, wEnd);
            if (comma < text.length() && text.charAt(comma) == ',') {
                int after = TextScan.skipSpaces(text, comma + 1, 1);
                if (after > comma + 1 && lexicon.bodies().longest(text, after) != null) {
                    p = after;
                    continue;
                }
            }
            int next = TextScan.skipSpaces(text, wEnd, 1);
            if (next == wEnd) {
                break;
            }
            p = next;
        }
        if (end < 0) {
            return null;
        }
        return new Found(TextScan.collapseSpaces(text.subSequence(at, end)), end);
    }

    /**
     * The end of the lower-case syllables at {@code at} that finish a word begun by {@code previousWord} (a
     * capitalised syllable of the name: "Bảo" + "vệ") and then make whole words ("thực vật"), by the built-in word
     * list; -1 if the first syllable finishes no word ("Tỉnh ủy" + "lãnh đạo" is a verb after the name).
     */
    private int wordCompletingRun(CharSequence text, int at, String previousWord) {
        if (!Character.isUpperCase(previousWord.charAt(0)) || isAllCapitals(previousWord)) {
            return -1;
        }
        List<int[]> syllables = new ArrayList<>();
        int p = at;
        while (syllables.size() < MAX_LOWER_RUN) {
            int e = wordEnd(text, p);
            if (e == p || !Character.isLowerCase(text.charAt(p))) {
                break;
            }
            String lower = text.subSequence(p, e).toString();
            if (STOP_WORDS.contains(lower) || lower.equals("và") || isStopPair(text, lower, e)
                    || lexicon.typeWords().longest(text, p) != null) {
                break;
            }
            syllables.add(new int[] {p, e});
            int next = TextScan.skipInlineSpaces(text, e);
            if (next == e) {
                break;
            }
            p = next;
        }
        if (syllables.isEmpty() || !isWord(previousWord, syllable(text, syllables.get(0)))) {
            return -1;
        }
        int covered = 1; // the first syllable finished the capitalised word; then whole two-syllable words
        while (covered + 1 < syllables.size()
                && isWord(syllable(text, syllables.get(covered)), syllable(text, syllables.get(covered + 1)))) {
            covered += 2;
        }
        return syllables.get(covered - 1)[1];
    }

    /** True if {@code word} and the lower-case word after it make one word ("Thành lập", "Cho phép"). */
    private static boolean startsLowerCaseWord(CharSequence text, String word, int wEnd) {
        int next = TextScan.skipInlineSpaces(text, wEnd);
        if (next == wEnd || next >= text.length() || !Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        int nEnd = wordEnd(text, next);
        return nEnd > next && isWord(word, text.subSequence(next, nEnd).toString());
    }

    private static String syllable(CharSequence text, int[] span) {
        return text.subSequence(span[0], span[1]).toString();
    }

    private static boolean isWord(String first, String second) {
        return WordLexicon.builtIn().strength(SyllableKey.of(first + " " + second)) > 0;
    }

    private static boolean isLocalBody(CharSequence text, int at) {
        return TextScan.matchFolded(text, at, "so") >= 0 || TextScan.matchFolded(text, at, "phong") >= 0;
    }

    private boolean accepts(String word, String lower, String previous, int placeWords) {
        if (previous != null && NUMBERED_PLACES.contains(previous) && TextScan.isDigit(word.charAt(0))) {
            return true;
        }
        if (lexicon.isIssuerWord(lower)) {
            return true;
        }
        if (!TextScan.isUpper(word.charAt(0))) {
            return false;
        }
        boolean placeName = placeWords >= 0 && placeWords < MAX_PLACE_NAME_WORDS;
        if (isAllCapitals(word) && !looksLikeAbbreviation(word)) {
            // In a heading in capitals every word is capitalised: only the place's name counts as a name.
            return placeName;
        }
        return placeWords < 0 || placeName;
    }

    /** Consonant pairs that can stand inside a Vietnamese syllable ("NGH" is "NG" + "GH"). */
    private static final Set<String> SYLLABLE_PAIRS = Set.of("CH", "GH", "GI", "KH", "NG", "NH", "PH", "QU", "TH",
            "TR");

    /**
     * Is an upper-case word an abbreviation ("UBND", "GD&ĐT", "BCH", "HĐND17") rather than a word of a heading in
     * capitals ("THÀNH", "PHỦ")? Abbreviations hold no vowel, a digit or '&', or a consonant pair no syllable has.
     */
    static boolean looksLikeAbbreviation(String word) {
        if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '&' || TextScan.isDigit(c)) {
                return true;
            }
            boolean isVowel = isVowel(c);
            vowel |= isVowel;
            if (i > 0 && !isVowel && !isVowel(word.charAt(i - 1))
                    && !SYLLABLE_PAIRS.contains(word.substring(i - 1, i + 1))) {
                return true;
            }
        }
        return !vowel;
    }

    private static boolean isVowel(char c) {
        char base = Folding.fold(c);
        return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
    }

    private static boolean isAllCapitals(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isStopPair(CharSequence text, String lower, int wEnd) {
        int next = TextScan.skipSpaces(text, wEnd, 1);
        if (next == wEnd) {
            return false;
        }
        int nEnd = wordEnd(text, next);
        if (nEnd == next) {
            return false;
        }
        return STOP_PAIRS.contains(Folding.foldPhrase(lower) + " " + Folding.foldPhrase(text.subSequence(next, nEnd)));
    }

    /** The end of the word at {@code at}: letters, digits, '&' ("GD&ĐT"), '/' inside "V/v", '.' inside "TP.HCM". */
    static int wordEnd(CharSequence text, int at) {
        int i = at;
        int n = text.length();
        while (i < n && i - at < 40) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '&') {
                i++;
            } else if ((c == '.' || c == '/') && i > at && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && Character.isLetter(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
