package org.vanban.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;
import org.vanban.assign.Assignment;
import org.vanban.cite.Citation;
import org.vanban.deadline.Deadline;
import org.vanban.normalize.NormalizedText;
import org.vanban.read.ReadException;
import org.vanban.structure.Section;

/**
 * Compares the pipeline's analysis with gold annotations (the schema of the seed set's README): one gold file
 * {@code <base>.json} per document {@code <base>.<ext>}.
 *
 * <p>How items are matched:
 * <ul>
 *   <li>header fields: equal after normalising both sides the pipeline's way and collapsing whitespace;</li>
 *   <li>sections: same start offset and label;</li>
 *   <li>citations, deadlines, assignments: one-to-one by overlapping span, largest overlap first (for citations
 *       a pair with the same canonical symbol is preferred, so that a surface naming two laws matches both);
 *       a deadline counts only if its date agrees (or, for undated gold, its recurrence).</li>
 * </ul>
 * Offsets are compared in the source text's code points: the analysis's offsets are mapped back through the
 * normaliser's offset map.
 */
public final class Evaluator {

    public static final List<String> HEADER_FIELDS = List.of("docType", "number", "issuedDate", "place", "title",
            "issuer", "signer.name", "signer.title", "signer.authority");

    public static final List<String> SCORE_NAMES;
    public static final List<String> AGREEMENT_NAMES = List.of("recipients.exact", "sections.title",
            "citations.span", "citations.type", "citations.symbol", "citations.canonical", "citations.number",
            "citations.year", "citations.date", "citations.issuer", "citations.name", "deadlines.who",
            "assignments.span", "assignments.who");

    static {
        List<String> names = new ArrayList<>(HEADER_FIELDS);
        names.addAll(List.of("recipients", "sections", "citations", "deadlines", "deadlines.spans", "assignments"));
        SCORE_NAMES = List.copyOf(names);
    }

    private final Pipeline pipeline;
    private final ObjectMapper json = new ObjectMapper();

    public Evaluator(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline);
    }

    /** Evaluates every document in {@code docsDir} that has a gold file in {@code goldDir}. */
    public EvalReport evaluate(Path docsDir, Path goldDir) throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> s = Files.list(goldDir)) {
            goldFiles = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<DocumentEval> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            String base = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
            Path doc = findDocument(docsDir, base);
            if (doc == null) {
                failures.add(base + ": no document named " + base + ".* in " + docsDir);
                continue;
            }
            JsonNode gold;
            try {
                gold = json.readTree(goldFile.toFile());
            } catch (IOException e) {
                failures.add(goldFile + ": unreadable gold file (" + e.getMessage() + ")");
                continue;
            }
            try {
                String raw = pipeline.reader().read(doc).text();
                results.add(evaluate(raw, base, gold));
            } catch (ReadException e) {
                failures.add(doc + ": " + e.getMessage());
            }
        }
        return new EvalReport(results, failures);
    }

    private static Path findDocument(Path docsDir, String base) throws IOException {
        try (Stream<Path> s = Files.list(docsDir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(base + ".") && n.indexOf('.', base.length() + 1) < 0;
            }).sorted().findFirst().orElse(null);
        }
    }

    /** Evaluates one document given its source text (what gold offsets index) and its gold object. */
    public DocumentEval evaluate(String raw, String name, JsonNode gold) {
        AnalyzedDocument doc = pipeline.analyzeText(raw, name);
        NormalizedText normalized = pipeline.normalizer().normalize(raw);
        IntUnaryOperator toSource = sourceMapper(raw, normalized);
        DocEvaluation e = new DocEvaluation(name);

        e.field("docType", doc.docType(), text(gold, "docType"));
        e.field("number", doc.number(), text(gold, "number"));
        e.field("issuedDate", doc.issuedDate() == null ? null : doc.issuedDate().toString(),
                text(gold, "issuedDate"));
        e.field("place", doc.place(), text(gold, "place"));
        e.field("title", doc.title(), text(gold, "title"));
        e.field("issuer", doc.issuer(), text(gold, "issuer"));
        JsonNode goldSigner = gold.path("signer");
        e.field("signer.name", doc.signer() == null ? null : doc.signer().name(), text(goldSigner, "name"));
        e.field("signer.title", doc.signer() == null ? null : doc.signer().title(), text(goldSigner, "title"));
        e.field("signer.authority", doc.signer() == null ? null : doc.signer().authority(),
                text(goldSigner, "authority"));

        scoreRecipients(e, doc.recipients(), gold.path("recipients"));
        scoreSections(e, doc.sections(), gold.path("sections"), toSource);
        scoreCitations(e, doc.citations(), gold.path("citations"), toSource);
        scoreDeadlines(e, doc.deadlines(), gold.path("deadlines"), toSource);
        scoreAssignments(e, doc.assignments(), gold.path("assignments"), toSource);
        return e.result();
    }

    private void scoreRecipients(DocEvaluation e, List<String> predicted, JsonNode gold) {
        List<String> goldItems = new ArrayList<>();
        gold.forEach(n -> goldItems.add(n.asText()));
        List<String> remaining = new ArrayList<>(predicted.stream().map(this::norm).toList());
        int tp = 0;
        for (String g : goldItems) {
            if (remaining.remove(norm(g))) {
                tp++;
            } else {
                e.mismatch("recipients: missed \"" + g + "\"");
            }
        }
        remaining.forEach(r -> e.mismatch("recipients: extra \"" + r + "\""));
        e.score("recipients", new Score(tp, remaining.size(), goldItems.size() - tp));
        e.agree("recipients.exact", remaining.isEmpty() && tp == goldItems.size());
    }

    private void scoreSections(DocEvaluation e, List<Section> predicted, JsonNode gold, IntUnaryOperator toSource) {
        List<Section> unmatched = new ArrayList<>(predicted);
        int tp = 0;
        int fn = 0;
        for (JsonNode g : gold) {
            int start = g.path("start").asInt();
            String label = g.path("label").asText();
            Section hit = null;
            for (Section s : unmatched) {
                if (toSource.applyAsInt(s.start()) == start && label.equals(s.label())) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                fn++;
                e.mismatch("sections: missed " + label + " \"" + abbreviate(g.path("title").asText()) + "\" @"
                        + start);
                continue;
            }
            unmatched.remove(hit);
            tp++;
            boolean titleOk = norm(g.path("title").asText()).equals(norm(hit.title()));
            e.agree("sections.title", titleOk);
            if (!titleOk) {
                e.mismatch("sections.title @" + start + ": got \"" + abbreviate(hit.title()) + "\", gold \""
                        + abbreviate(g.path("title").asText()) + "\"");
            }
            if (hit.level() != g.path("level").asInt()) {
                e.mismatch("sections.level @" + start + ": got " + hit.level() + ", gold " + g.path("level").asInt());
            }
        }
        unmatched.forEach(s -> e.mismatch("sections: extra " + s.label() + " \"" + abbreviate(s.title()) + "\" @"
                + toSource.applyAsInt(s.start())));
        e.score("sections", new Score(tp, unmatched.size(), fn));
    }

    private void scoreCitations(DocEvaluation e, List<Citation> predicted, JsonNode gold, IntUnaryOperator toSource) {
        List<JsonNode> goldItems = list(gold);
        List<int[]> predSpans = predicted.stream()
                .map(c -> new int[] {toSource.applyAsInt(c.start()), toSource.applyAsInt(c.end())}).toList();
        int[] pairing = pair(goldItems, predicted.size(), (g, p) -> overlap(span(g), predSpans.get(p)),
                (g, p) -> Objects.equals(text(g, "canonical"), predicted.get(p).canonical()));
        int tp = 0;
        for (int gi = 0; gi < goldItems.size(); gi++) {
            JsonNode g = goldItems.get(gi);
            if (pairing[gi] < 0) {
                e.mismatch("citations: missed \"" + g.path("surface").asText() + "\" @" + g.path("start").asInt());
                continue;
            }
            tp++;
            Citation c = predicted.get(pairing[gi]);
            int[] ps = predSpans.get(pairing[gi]);
            String where = " @" + g.path("start").asInt() + " (" + text(g, "canonical") + ")";
            e.agree("citations.span", ps[0] == g.path("start").asInt() && ps[1] == g.path("end").asInt(),
                    "citations.span" + where + ": got \"" + c.surface() + "\", gold \"" + g.path("surface").asText()
                            + "\"");
            agreeText(e, "citations.type", c.type(), text(g, "type"), where);
            agreeText(e, "citations.symbol", c.symbol(), text(g, "symbol"), where);
            agreeText(e, "citations.canonical", c.canonical(), text(g, "canonical"), where);
            agreeText(e, "citations.number", c.number(), text(g, "number"), where);
            agreeText(e, "citations.year", c.year() == null ? null : c.year().toString(), text(g, "year"), where);
            agreeText(e, "citations.date", c.date() == null ? null : c.date().toString(), text(g, "date"), where);
            agreeText(e, "citations.issuer", c.issuer(), text(g, "issuer"), where);
            agreeText(e, "citations.name", c.name(), text(g, "name"), where);
        }
        boolean[] used = used(pairing, predicted.size());
        int fp = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                fp++;
                e.mismatch("citations: extra \"" + predicted.get(p).surface() + "\" @" + predSpans.get(p)[0]);
            }
        }
        e.score("citations", new Score(tp, fp, goldItems.size() - tp));
    }

    private void scoreDeadlines(DocEvaluation e, List<Deadline> predicted, JsonNode gold, IntUnaryOperator toSource) {
        List<JsonNode> goldItems = list(gold);
        List<int[]> predSpans = predicted.stream()
                .map(d -> new int[] {toSource.applyAsInt(d.start()), toSource.applyAsInt(d.end())}).toList();
        // Loose pairing (span only) for the spans score and for explaining misses.
        int[] loose = pair(goldItems, predicted.size(), (g, p) -> overlap(span(g), predSpans.get(p)),
                (g, p) -> false);
        int looseTp = (int) java.util.Arrays.stream(loose).filter(p -> p >= 0).count();
        e.score("deadlines.spans", new Score(looseTp, predicted.size() - looseTp, goldItems.size() - looseTp));
        // Strict pairing: a dated gold deadline needs the same date, an undated one the same recurrence.
        BiPredicate<JsonNode, Integer> agrees = (g, p) -> {
            Deadline d = predicted.get(p);
            String goldDate = text(g, "date");
            if (goldDate != null) {
                return d.date() != null && goldDate.equals(d.date().toString());
            }
            return d.date() == null && Objects.equals(text(g, "recurrence"),
                    d.recurrence() == null ? null : d.recurrence().json());
        };
        int[] strict = pair(goldItems, predicted.size(),
                (g, p) -> agrees.test(g, p) ? overlap(span(g), predSpans.get(p)) : 0, (g, p) -> false);
        int tp = 0;
        for (int gi = 0; gi < goldItems.size(); gi++) {
            JsonNode g = goldItems.get(gi);
            String goldWhen = text(g, "date") != null ? text(g, "date") : String.valueOf(text(g, "recurrence"));
            if (strict[gi] < 0) {
                String why = loose[gi] < 0 ? "not found"
                        : "found as \"" + abbreviate(predicted.get(loose[gi]).surface()) + "\" with "
                                + when(predicted.get(loose[gi]));
                e.mismatch("deadlines: missed \"" + abbreviate(g.path("surface").asText()) + "\" (" + goldWhen
                        + ") @" + g.path("start").asInt() + ": " + why);
                continue;
            }
            tp++;
            Deadline d = predicted.get(strict[gi]);
            agreeLoose(e, "deadlines.who", d.who(), text(g, "who"), " @" + g.path("start").asInt());
        }
        boolean[] used = used(strict, predicted.size());
        int fp = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                fp++;
                e.mismatch("deadlines: extra \"" + abbreviate(predicted.get(p).surface()) + "\" ("
                        + when(predicted.get(p)) + ") @" + predSpans.get(p)[0]);
            }
        }
        e.score("deadlines", new Score(tp, fp, goldItems.size() - tp));
    }

    private void scoreAssignments(DocEvaluation e, List<Assignment> predicted, JsonNode gold,
            IntUnaryOperator toSource) {
        List<JsonNode> goldItems = list(gold);
        List<int[]> predSpans = predicted.stream()
                .map(a -> new int[] {toSource.applyAsInt(a.start()), toSource.applyAsInt(a.end())}).toList();
        int[] pairing = pair(goldItems, predicted.size(), (g, p) -> overlap(span(g), predSpans.get(p)),
                (g, p) -> false);
        int tp = 0;
        for (int gi = 0; gi < goldItems.size(); gi++) {
            JsonNode g = goldItems.get(gi);
            if (pairing[gi] < 0) {
                e.mismatch("assignments: missed " + text(g, "who") + ": \"" + abbreviate(g.path("surface").asText())
                        + "\" @" + g.path("start").asInt());
                continue;
            }
            tp++;
            Assignment a = predicted.get(pairing[gi]);
            int[] ps = predSpans.get(pairing[gi]);
            String where = " @" + g.path("start").asInt();
            e.agree("assignments.span", ps[0] == g.path("start").asInt() && ps[1] == g.path("end").asInt(),
                    "assignments.span" + where + ": got \"" + abbreviate(a.surface()) + "\", gold \""
                            + abbreviate(g.path("surface").asText()) + "\"");
            agreeLoose(e, "assignments.who", a.who(), text(g, "who"), where);
        }
        boolean[] used = used(pairing, predicted.size());
        int fp = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                fp++;
                e.mismatch("assignments: extra " + predicted.get(p).who() + ": \""
                        + abbreviate(predicted.get(p).surface()) + "\" @" + predSpans.get(p)[0]);
            }
        }
        e.score("assignments", new Score(tp, fp, goldItems.size() - tp));
    }

    private void agreeText(DocEvaluation e, String measure, String predicted, String gold, String where) {
        boolean ok = Objects.equals(predicted == null ? null : norm(predicted), gold == null ? null : norm(gold));
        e.agree(measure, ok, measure + where + ": got " + quote(predicted) + ", gold " + quote(gold));
    }

    /** Case-insensitive agreement, for actors ("các đơn vị" / "Các đơn vị"). */
    private void agreeLoose(DocEvaluation e, String measure, String predicted, String gold, String where) {
        boolean ok = Objects.equals(predicted == null ? null : norm(predicted).toLowerCase(Locale.ROOT),
                gold == null ? null : norm(gold).toLowerCase(Locale.ROOT));
        e.agree(measure, ok, measure + where + ": got " + quote(predicted) + ", gold " + quote(gold));
    }

    /**
     * Pairs gold items with predictions one-to-one: each gold item, in order, takes the unused prediction with the
     * highest {@code affinity} (0 = not a candidate), preferring those for which {@code preferred} holds.
     */
    private static int[] pair(List<JsonNode> gold, int predictedCount, ToIntBiFunction<JsonNode, Integer> affinity,
            BiPredicate<JsonNode, Integer> preferred) {
        int[] pairing = new int[gold.size()];
        boolean[] used = new boolean[predictedCount];
        for (int gi = 0; gi < gold.size(); gi++) {
            int best = -1;
            long bestRank = 0;
            for (int p = 0; p < predictedCount; p++) {
                if (used[p]) {
                    continue;
                }
                int a = affinity.applyAsInt(gold.get(gi), p);
                if (a <= 0) {
                    continue;
                }
                long rank = (preferred.test(gold.get(gi), p) ? 1L << 40 : 0) + a;
                if (rank > bestRank) {
                    bestRank = rank;
                    best = p;
                }
            }
            pairing[gi] = best;
            if (best >= 0) {
                used[best] = true;
            }
        }
        return pairing;
    }

    private static boolean[] used(int[] pairing, int predictedCount) {
        boolean[] used = new boolean[predictedCount];
        for (int p : pairing) {
            if (p >= 0) {
                used[p] = true;
            }
        }
        return used;
    }

    private static int[] span(JsonNode g) {
        return new int[] {g.path("start").asInt(), g.path("end").asInt()};
    }

    private static int overlap(int[] a, int[] b) {
        return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** Maps a code-point offset of the normalised text to a code-point offset of the source text. */
    private static IntUnaryOperator sourceMapper(String raw, NormalizedText normalized) {
        String text = normalized.text();
        return cp -> {
            int ch = text.offsetByCodePoints(0, Math.min(cp, text.codePointCount(0, text.length())));
            int sourceChar = normalized.sourceOffset(ch);
            return raw.codePointCount(0, Math.min(sourceChar, raw.length()));
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** Normalises a value the way the pipeline normalises text, then collapses whitespace. */
    private String norm(String s) {
        return pipeline.normalizer().normalize(s).text().replaceAll("\\s+", " ").strip();
    }

    private static String when(Deadline d) {
        return d.date() != null ? d.date().toString() : String.valueOf(d.recurrence() == null ? null
                : d.recurrence().json());
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + abbreviate(s) + "\"";
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 90 ? one : one.substring(0, 89) + "…";
    }

    /** Accumulates the scores of one document. */
    private final class DocEvaluation {
        private final String name;
        private final Map<String, Score> scores = new LinkedHashMap<>();
        private final Map<String, Agreement> agreements = new LinkedHashMap<>();
        private final List<String> mismatches = new ArrayList<>();

        DocEvaluation(String name) {
            this.name = name;
        }

        void field(String field, String predicted, String gold) {
            boolean equal = predicted != null && gold != null && norm(predicted).equals(norm(gold));
            score(field, Score.ofField(predicted != null, gold != null, equal));
            if (!equal && (predicted != null || gold != null)) {
                mismatch(field + ": got " + quote(predicted) + ", gold " + quote(gold));
            }
        }

        void score(String measure, Score s) {
            scores.merge(measure, s, Score::plus);
        }

        void agree(String measure, boolean ok) {
            agreements.merge(measure, new Agreement(ok ? 1 : 0, 1), Agreement::plus);
        }

        void agree(String measure, boolean ok, String explanation) {
            agree(measure, ok);
            if (!ok) {
                mismatch(explanation);
            }
        }

        void mismatch(String line) {
            mismatches.add(line);
        }

        DocumentEval result() {
            return new DocumentEval(name, scores, agreements, mismatches);
        }
    }
}
