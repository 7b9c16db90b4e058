package org.vanban.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vanban.DocumentJson;
import org.vanban.Pipeline;
import org.vanban.corpus.eval.Agreement;
import org.vanban.corpus.eval.DocumentEval;
import org.vanban.corpus.eval.EvalReport;
import org.vanban.corpus.eval.Evaluator;
import org.vanban.corpus.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vanban eval}: compare the analysis with gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Compare the analysis of documents with gold annotations.",
            "One <base>.json in --gold per document <base>.<ext> in --docs (schema: corpus/samples/README.md). "
                    + "Prints precision, recall and F1 per field and a closing summary line."})
final class EvalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Folder of documents.")
    private Path docs;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    private Path gold;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = {"-v", "--details"}, description = "Also list every disagreement, per document.")
    private boolean details;

    @Mixin
    private NlpOptions nlp;

    /** Entity tagger override: the shipped OpenNLP model instead of the engine's tagger. */
    enum Entities { engine, opennlp }

    @Option(names = "--entities", defaultValue = "engine",
            description = "Entity tagger: engine (the one --nlp chooses) or opennlp (the name-finder model shipped "
                    + "in corpus). Default: ${DEFAULT-VALUE}.")
    private Entities entities;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : new Path[] {docs, gold}) {
            if (!Files.isDirectory(dir)) {
                err.println(dir + ": not a directory");
                return VanbanCli.EXIT_INPUT_ERROR;
            }
        }
        Optional<Pipeline.Builder> builder = nlp.pipelineBuilder(err);
        if (builder.isEmpty()) {
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        if (entities == Entities.opennlp) {
            builder.get().entityTagger(org.vanban.corpus.models.EntityModels.openNlpTagger());
        }
        EvalReport report = new Evaluator(builder.get().build()).evaluate(docs, gold);
        report.failures().forEach(err::println);
        if (format == Format.json) {
            out.println(toJson(report));
        } else {
            printText(out, report);
        }
        return report.documents().isEmpty() ? VanbanCli.EXIT_INPUT_ERROR : 0;
    }

    private void printText(PrintWriter out, EvalReport report) {
        if (details) {
            for (DocumentEval d : report.documents()) {
                out.println("== " + d.name() + " (" + d.mismatches().size() + " disagreements)");
                d.mismatches().forEach(m -> out.println("  " + m));
            }
            out.println();
        }
        int n = report.documents().size();
        out.printf(Locale.ROOT, "%-20s %6s %6s %6s %6s %6s %6s  %s%n", "measure", "tp", "fp", "fn", "P", "R", "F1",
                "docs right");
        for (Map.Entry<String, Score> e : report.totals().entrySet()) {
            Score s = e.getValue();
            boolean header = Evaluator.HEADER_FIELDS.contains(e.getKey());
            out.printf(Locale.ROOT, "%-20s %6d %6d %6d %6.3f %6.3f %6.3f  %s%n", e.getKey(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1(),
                    header ? report.documentsRight(e.getKey()) + "/" + n : "");
        }
        out.println();
        out.printf(Locale.ROOT, "%-20s %6s %6s %6s%n", "among matched", "agree", "total", "rate");
        for (Map.Entry<String, Agreement> e : report.agreementTotals().entrySet()) {
            Agreement a = e.getValue();
            out.printf(Locale.ROOT, "%-20s %6d %6d %6.3f%n", e.getKey(), a.agreed(), a.total(), a.rate());
        }
        out.println();
        out.println(report.summaryLine());
    }

    private static String toJson(EvalReport report) {
        ObjectNode root = DocumentJson.mapper().createObjectNode();
        ObjectNode totals = root.putObject("totals");
        report.totals().forEach((k, s) -> totals.putObject(k).put("tp", s.truePositives())
                .put("fp", s.falsePositives()).put("fn", s.falseNegatives()).put("precision", s.precision())
                .put("recall", s.recall()).put("f1", s.f1()));
        ObjectNode agreements = root.putObject("agreements");
        report.agreementTotals().forEach((k, a) -> agreements.putObject(k).put("agreed", a.agreed())
                .put("total", a.total()).put("rate", a.rate()));
        ArrayNode docs = root.putArray("documents");
        for (DocumentEval d : report.documents()) {
            ObjectNode doc = docs.addObject().put("name", d.name());
            ArrayNode mismatches = doc.putArray("mismatches");
            d.mismatches().forEach(mismatches::add);
        }
        ArrayNode failures = root.putArray("failures");
        report.failures().forEach(failures::add);
        root.put("summary", report.summaryLine());
        return root.toString();
    }
}
