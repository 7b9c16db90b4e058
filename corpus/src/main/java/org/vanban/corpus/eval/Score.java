package org.vanban.corpus.eval;

/**
 * Counts for one measured quantity: true positives, false positives, false negatives.
 *
 * <p>For an item list (citations, sections, …) a true positive is a matched pair. For a per-document field a true
 * positive is a non-null value equal to gold; a wrong value counts as both a false positive and a false negative;
 * a null where gold has a value is a false negative; a value where gold has null a false positive.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Scores one per-document value against gold, both already compared for equality by the caller. */
    public static Score ofField(boolean predictedPresent, boolean goldPresent, boolean equal) {
        if (predictedPresent && goldPresent) {
            return equal ? new Score(1, 0, 0) : new Score(0, 1, 1);
        }
        if (predictedPresent) {
            return new Score(0, 1, 0);
        }
        return goldPresent ? new Score(0, 0, 1) : ZERO;
    }
}
