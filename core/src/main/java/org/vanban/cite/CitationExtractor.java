package org.vanban.cite;

import java.util.List;
import org.vanban.structure.DocumentStructure;

/**
 * Finds every cited legal instrument in a normalised text. Offsets are {@code char} indices. Thread-safe.
 */
public interface CitationExtractor {

    List<Citation> extract(String text, DocumentStructure structure);
}
