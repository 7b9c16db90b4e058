package org.vanban.index;

import java.time.Duration;
import java.util.List;

/**
 * What an indexing run did.
 *
 * @param found     files found under the given paths
 * @param added     documents new to the index
 * @param updated   documents replaced because their file changed
 * @param unchanged files skipped because their content hash was already indexed
 * @param deleted   documents removed because their file is gone ({@code prune})
 * @param failures  files that could not be indexed
 * @param elapsed   wall-clock time of the run
 */
public record IndexRunReport(int found, int added, int updated, int unchanged, int deleted,
        List<IndexFailure> failures, Duration elapsed) {

    public IndexRunReport {
        failures = List.copyOf(failures);
    }
}
