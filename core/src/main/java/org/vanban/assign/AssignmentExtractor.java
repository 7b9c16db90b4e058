package org.vanban.assign;

import java.util.List;
import org.vanban.cite.Citation;
import org.vanban.entity.Entity;
import org.vanban.structure.DocumentStructure;

/** Finds assignments. Offsets are {@code char} indices. Thread-safe. */
public interface AssignmentExtractor {

    List<Assignment> extract(String text, DocumentStructure structure, List<Citation> citations,
            List<Entity> entities);
}
