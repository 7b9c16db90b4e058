package org.vanban.assign;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.function.IntUnaryOperator;

/**
 * Who must do what.
 *
 * @param who     the person, role or unit as written
 * @param task    what they must do
 * @param role    lead or support
 * @param surface the text of the assignment, from the marker or actor through the end of the task clause
 * @param start   start offset
 * @param end     end offset
 */
@JsonPropertyOrder({"who", "task", "role", "surface", "start", "end"})
public record Assignment(String who, String task, AssignmentRole role, String surface, int start, int end) {

    public Assignment mapOffsets(IntUnaryOperator f) {
        return new Assignment(who, task, role, surface, f.applyAsInt(start), f.applyAsInt(end));
    }
}
