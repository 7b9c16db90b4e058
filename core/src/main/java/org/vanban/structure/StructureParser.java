package org.vanban.structure;

/** Finds a document's header, outline and footer in its normalised text. Implementations are thread-safe. */
public interface StructureParser {

    DocumentStructure parse(String text);
}
