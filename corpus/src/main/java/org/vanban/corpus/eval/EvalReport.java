package org.vanban.corpus.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation of a set of documents: per-document results, totals, and the documents that could not be read.
 */
public record EvalReport(List<DocumentEval> documents, List<String> failures) {

    public EvalReport {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    /** Totals over all documents, in the order of {@link Evaluator#SCORE_NAMES}. */
    public Map<String, Score> totals() {
        Map<String, Score> totals = new LinkedHashMap<>();
        for (String name : Evaluator.SCORE_NAMES) {
            Score sum = Score.ZERO;
            for (DocumentEval d : documents) {
                sum = sum.plus(d.scores().getOrDefault(name, Score.ZERO));
            }
            totals.put(name, sum);
        }
        return totals;
    }

    /** Agreement totals over all documents, in the order of {@link Evaluator#AGREEMENT_NAMES}. */
    public Map<String, Agreement> agreementTotals() {
        Map<String, Agreement> totals = new LinkedHashMap<>();
        for (String name : Evaluator.AGREEMENT_NAMES) {
            Agreement sum = Agreement.ZERO;
            for (DocumentEval d : documents) {
                sum = sum.plus(d.agreements().getOrDefault(name, Agreement.ZERO));
            }
            totals.put(name, sum);
        }
        return totals;
    }

    /** How many documents have {@code field} right (null agreeing with null counts). */
    public int documentsRight(String field) {
        int right = 0;
        for (DocumentEval d : documents) {
            Score s = d.scores().getOrDefault(field, Score.ZERO);
            if (s.falsePositives() == 0 && s.falseNegatives() == 0) {
                right++;
            }
        }
        return right;
    }

    /** One line with the figures the issues ask for. */
    public String summaryLine() {
        Map<String, Score> t = totals();
        Map<String, Agreement> a = agreementTotals();
        int n = documents.size();
        return String.format(Locale.ROOT,
                "eval: %d documents%s; header %d/%d fields right; sections F1 %.3f; citations F1 %.3f "
                        + "(canonical %.3f, date %.3f, issuer %.3f); deadlines F1 %.3f; assignments F1 %.3f",
                n, failures.isEmpty() ? "" : " (" + failures.size() + " unreadable)",
                Evaluator.HEADER_FIELDS.stream().mapToInt(this::documentsRight).sum(),
                Evaluator.HEADER_FIELDS.size() * n,
                t.get("sections").f1(), t.get("citations").f1(), a.get("citations.canonical").rate(),
                a.get("citations.date").rate(), a.get("citations.issuer").rate(), t.get("deadlines").f1(),
                t.get("assignments").f1());
    }
}
