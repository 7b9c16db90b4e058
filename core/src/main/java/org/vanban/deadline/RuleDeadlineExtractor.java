package org.vanban.deadline;

import java.util.List;
import org.vanban.cite.Citation;
import org.vanban.structure.DocumentStructure;

/** The default deadline extractor. */
public final class RuleDeadlineExtractor implements DeadlineExtractor {

    @Override
    public List<Deadline> extract(String text, DocumentStructure structure, List<Citation> citations) {
        return List.of();
    }
}
