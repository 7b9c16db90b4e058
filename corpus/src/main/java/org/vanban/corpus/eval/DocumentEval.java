package org.vanban.corpus.eval;

import java.util.List;
import java.util.Map;

/**
 * The evaluation of one document.
 *
 * @param name       the document's base name
 * @param scores     per measure (see {@link Evaluator#SCORE_NAMES})
 * @param agreements per attribute of matched items (see {@link Evaluator#AGREEMENT_NAMES})
 * @param mismatches one readable line per disagreement, for tuning
 */
public record DocumentEval(String name, Map<String, Score> scores, Map<String, Agreement> agreements,
        List<String> mismatches) {

    public DocumentEval {
        scores = Map.copyOf(scores);
        agreements = Map.copyOf(agreements);
        mismatches = List.copyOf(mismatches);
    }
}
