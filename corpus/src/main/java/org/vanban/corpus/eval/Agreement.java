package org.vanban.corpus.eval;

/** Among matched pairs, how many agree on one attribute. */
public record Agreement(int agreed, int total) {

    public static final Agreement ZERO = new Agreement(0, 0);

    public Agreement plus(Agreement o) {
        return new Agreement(agreed + o.agreed, total + o.total);
    }

    public Agreement plus(boolean agree) {
        return new Agreement(agreed + (agree ? 1 : 0), total + 1);
    }

    public double rate() {
        return total == 0 ? 1.0 : (double) agreed / total;
    }
}
