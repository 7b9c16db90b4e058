package org.vanban.entity;

import java.util.List;
import org.vanban.TextSpan;

/**
 * Tags persons, organisations, locations and roles. Text inside {@code protectedSpans} (citations, dates,
 * symbols) is never part of an entity. Offsets are {@code char} indices. Thread-safe.
 */
public interface EntityTagger {

    List<Entity> tag(String text, List<TextSpan> protectedSpans);
}
