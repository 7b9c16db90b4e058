package org.vanban.read;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep a bad or hostile input from exhausting memory or time.
 *
 * @param maxInputBytes    largest file accepted; checked before anything is read
 * @param maxTextChars     largest extracted text accepted; the parse stops as soon as it is passed
 * @param maxUnpackedBytes most that the entries of a zipped format (DOCX, ODT) may expand to, all together; an
 *                         entry that expands more than 100-fold past 1 MB is refused too (zip bombs)
 * @param timeout          longest a single read may take, waiting included
 */
public record ReadLimits(long maxInputBytes, long maxTextChars, long maxUnpackedBytes, Duration timeout) {

    /** 50 MB of input, 20 million characters of text, 500 MB unpacked, 60 seconds. */
    public static final ReadLimits DEFAULT =
            new ReadLimits(50L * 1024 * 1024, 20_000_000L, 500L * 1024 * 1024, Duration.ofSeconds(60));

    public ReadLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxInputBytes <= 0 || maxTextChars <= 0 || maxUnpackedBytes <= 0 || timeout.isNegative()
                || timeout.isZero()) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public ReadLimits withMaxInputBytes(long bytes) {
        return new ReadLimits(bytes, maxTextChars, maxUnpackedBytes, timeout);
    }

    public ReadLimits withMaxTextChars(long chars) {
        return new ReadLimits(maxInputBytes, chars, maxUnpackedBytes, timeout);
    }

    public ReadLimits withMaxUnpackedBytes(long bytes) {
        return new ReadLimits(maxInputBytes, maxTextChars, bytes, timeout);
    }

    public ReadLimits withTimeout(Duration limit) {
        return new ReadLimits(maxInputBytes, maxTextChars, maxUnpackedBytes, limit);
    }
}
