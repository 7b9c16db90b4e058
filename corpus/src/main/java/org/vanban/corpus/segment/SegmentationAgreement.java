package org.vanban.corpus.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vanban.TextSpan;

/**
 * How far two segmentations of the same text agree, counted over words that contain a letter (punctuation and
 * numbers agree trivially and would flatter the figures):
 * <ul>
 *   <li>words: a word of the candidate is right when the reference has a word with the same start and end;</li>
 *   <li>joins: each space inside a word is a join; a join is right when the reference joins there too.</li>
 * </ul>
 *
 * @param wordsBoth      words with the same span in both
 * @param wordsCandidate words in the candidate
 * @param wordsReference words in the reference
 * @param joinsBoth      joins in both
 * @param joinsCandidate joins in the candidate
 * @param joinsReference joins in the reference
 */
public record SegmentationAgreement(int wordsBoth, int wordsCandidate, int wordsReference, int joinsBoth,
        int joinsCandidate, int joinsReference) {

    public static final SegmentationAgreement NONE = new SegmentationAgreement(0, 0, 0, 0, 0, 0);

    /** Compares two segmentations (spans into {@code text}); only spans containing a letter count. */
    public static SegmentationAgreement compare(String text, List<TextSpan> reference, List<TextSpan> candidate) {
        Set<TextSpan> ref = words(text, reference);
        Set<TextSpan> cand = words(text, candidate);
        Set<TextSpan> both = new HashSet<>(cand);
        both.retainAll(ref);
        Set<Integer> refJoins = joins(text, ref);
        Set<Integer> candJoins = joins(text, cand);
        Set<Integer> bothJoins = new HashSet<>(candJoins);
        bothJoins.retainAll(refJoins);
        return new SegmentationAgreement(both.size(), cand.size(), ref.size(), bothJoins.size(), candJoins.size(),
                refJoins.size());
    }

    public SegmentationAgreement plus(SegmentationAgreement o) {
        return new SegmentationAgreement(wordsBoth + o.wordsBoth, wordsCandidate + o.wordsCandidate,
                wordsReference + o.wordsReference, joinsBoth + o.joinsBoth, joinsCandidate + o.joinsCandidate,
                joinsReference + o.joinsReference);
    }

    public double wordPrecision() {
        return ratio(wordsBoth, wordsCandidate);
    }

    public double wordRecall() {
        return ratio(wordsBoth, wordsReference);
    }

    public double wordF1() {
        return f1(wordPrecision(), wordRecall());
    }

    public double joinPrecision() {
        return ratio(joinsBoth, joinsCandidate);
    }

    public double joinRecall() {
        return ratio(joinsBoth, joinsReference);
    }

    public double joinF1() {
        return f1(joinPrecision(), joinRecall());
    }

    /** One line: word P/R/F1 and join P/R/F1. */
    public String summary() {
        return String.format(Locale.ROOT, "words P %.3f R %.3f F1 %.3f (%d/%d/%d); joins P %.3f R %.3f F1 %.3f "
                + "(%d/%d/%d)", wordPrecision(), wordRecall(), wordF1(), wordsBoth, wordsCandidate, wordsReference,
                joinPrecision(), joinRecall(), joinF1(), joinsBoth, joinsCandidate, joinsReference);
    }

    private static Set<TextSpan> words(String text, List<TextSpan> spans) {
        Set<TextSpan> out = new HashSet<>();
        for (TextSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /** The offsets of the spaces inside words. */
    private static Set<Integer> joins(String text, Set<TextSpan> words) {
        Set<Integer> out = new HashSet<>();
        for (TextSpan s : words) {
            for (int i = s.start() + 1; i < s.end(); i++) {
                if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                    if (!Character.isWhitespace(text.charAt(i - 1)) && !Character.isSpaceChar(text.charAt(i - 1))) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
