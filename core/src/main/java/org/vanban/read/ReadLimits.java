package org.vanban.read;

import java.time.Duration;

/**
 * Limits that keep a bad or hostile input from exhausting memory or time.
 *
 * @param maxInputBytes largest file accepted
 * @param maxTextChars  largest extracted text accepted
 * @param timeout       longest a single parse may run
 */
public record ReadLimits(long maxInputBytes, long maxTextChars, Duration timeout) {

    /** 50 MB of input, 20 million characters of text, 60 seconds. */
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 20_000_000L, Duration.ofSeconds(60));

    public ReadLimits {
        if (maxInputBytes <= 0 || maxTextChars <= 0 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
