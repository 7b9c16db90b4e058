package org.vanban.normalize;

/** Turns extracted text into the one form every later stage works on. Thread-safe. */
public interface TextNormalizer {

    NormalizedText normalize(String raw);
}
