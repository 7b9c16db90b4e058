package org.vanban.read;

import java.io.InputStream;
import java.nio.file.Path;

/** Reads a document in any supported format into Unicode text. Implementations are thread-safe. */
public interface DocumentReader {

    ExtractedText read(Path file) throws ReadException;

    /**
     * Reads a document from a stream; {@code sourceName} names it in errors and may hint at the format, but the
     * format is detected from the content.
     */
    ExtractedText read(InputStream content, String sourceName) throws ReadException;
}
