package org.vanban.entity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.function.IntUnaryOperator;

/**
 * A person, organisation, location or role named in the text.
 *
 * @param text  exactly the text at {@code [start, end)}
 * @param kind  what it is
 * @param start start offset
 * @param end   end offset
 */
@JsonPropertyOrder({"text", "kind", "start", "end"})
public record Entity(String text, EntityKind kind, int start, int end) {

    public Entity mapOffsets(IntUnaryOperator f) {
        return new Entity(text, kind, f.applyAsInt(start), f.applyAsInt(end));
    }
}
