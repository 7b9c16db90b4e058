package org.vanban.read;

import org.xml.sax.SAXException;

/**
 * The limits of one read while it runs: a deadline, a text budget, and a flag the waiting caller sets when it
 * gives up. Parsers cannot be interrupted, but they report text through SAX events, and every event checks the
 * budget: a parse that has timed out stops at its next piece of text.
 */
final class ReadBudget {

    /** Thrown from a SAX event to stop a parse; carries the reason. */
    static final class Exceeded extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient ReadProblem problem;

        Exceeded(ReadProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        ReadProblem problem() {
            return problem;
        }
    }

    private final long deadlineNanos;
    private final long maxTextChars;
    private volatile boolean abandoned;

    ReadBudget(ReadLimits limits) {
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
        this.maxTextChars = limits.maxTextChars();
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /** Called by the waiting thread when it stops waiting. */
    void abandon() {
        abandoned = true;
    }

    void check(long textChars) throws Exceeded {
        if (abandoned || remainingNanos() <= 0 || Thread.currentThread().isInterrupted()) {
            throw new Exceeded(ReadProblem.TIMEOUT);
        }
        if (textChars > maxTextChars) {
            throw new Exceeded(ReadProblem.TEXT_TOO_LARGE);
        }
    }
}
