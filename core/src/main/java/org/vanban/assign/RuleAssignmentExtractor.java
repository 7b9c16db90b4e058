package org.vanban.assign;

import java.util.List;
import org.vanban.cite.Citation;
import org.vanban.entity.Entity;
import org.vanban.structure.DocumentStructure;

/** The default assignment extractor. */
public final class RuleAssignmentExtractor implements AssignmentExtractor {

    @Override
    public List<Assignment> extract(String text, DocumentStructure structure, List<Citation> citations,
            List<Entity> entities) {
        return List.of();
    }
}
