package org.vanban.deadline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.function.IntUnaryOperator;

/**
 * A time limit stated in the text.
 *
 * @param surface    the text stating the limit
 * @param start      start offset
 * @param end        end offset
 * @param date       the due date, or null when no single date can be given (recurring or vague limits)
 * @param recurrence how often it recurs, or null
 * @param what       what is due
 * @param who        who must deliver it, when the text says, else null
 */
@JsonPropertyOrder({"surface", "start", "end", "date", "recurrence", "what", "who"})
public record Deadline(
        String surface,
        int start,
        int end,
        LocalDate date,
        Recurrence recurrence,
        String what,
        String who) {

    public Deadline mapOffsets(IntUnaryOperator f) {
        return new Deadline(surface, f.applyAsInt(start), f.applyAsInt(end), date, recurrence, what, who);
    }
}
