package org.vanban.deadline;

import java.util.List;
import org.vanban.cite.Citation;
import org.vanban.structure.DocumentStructure;

/** Finds deadlines; a date inside a citation is never one. Offsets are {@code char} indices. Thread-safe. */
public interface DeadlineExtractor {

    List<Deadline> extract(String text, DocumentStructure structure, List<Citation> citations);
}
