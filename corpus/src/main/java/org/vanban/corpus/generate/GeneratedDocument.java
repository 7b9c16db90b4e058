package org.vanban.corpus.generate;

import org.vanban.AnalyzedDocument;

/**
 * A generated document and what an ideal analysis of it finds.
 *
 * @param name  a file name for it ("kh-000042.txt")
 * @param text  the document as a file would hold it
 * @param truth the ground truth: header, outline, citations (with the printed symbol, its canonical form, key and
 *              repairs), deadlines and assignments, offsets into {@code text}; {@code truth.text()} is {@code text}
 */
public record GeneratedDocument(String name, String text, AnalyzedDocument truth) {
}
