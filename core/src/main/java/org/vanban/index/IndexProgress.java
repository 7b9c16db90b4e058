package org.vanban.index;

import java.time.Duration;

/**
 * How far an indexing run has got.
 *
 * @param done      files handled so far (indexed, unchanged or failed)
 * @param total     files found
 * @param bytes     bytes of the files handled so far
 * @param committed documents added or updated that are durable (committed) so far
 * @param elapsed   time since the run started
 */
public record IndexProgress(int done, int total, long bytes, int committed, Duration elapsed) {

    /** Files per second so far. */
    public double filesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** Estimated time to finish at the rate so far, or null before there is a rate. */
    public Duration eta() {
        double rate = filesPerSecond();
        return rate <= 0 ? null : Duration.ofMillis((long) ((total - done) / rate * 1000));
    }
}
