package org.vanban.index;

import java.util.List;
import org.vanban.Pipeline;

/** Pipelines whose analysis takes a while, so that tests can act while indexing is under way. */
final class SlowPipelines {

    private SlowPipelines() {
    }

    /** The default pipeline with {@code millis} of extra work per document. */
    static Pipeline taking(long millis) {
        return Pipeline.builder().citationExtractor((text, structure) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }).build();
    }
}
