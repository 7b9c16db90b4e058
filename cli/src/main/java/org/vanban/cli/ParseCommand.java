package org.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.Pipeline;
import org.vanban.cite.Citation;
import org.vanban.normalize.ToneStyle;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.read.ReadException;
import org.vanban.structure.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban parse}: analyse documents and print what was found. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Read documents (DOCX, DOC, ODT, RTF, PDF, HTML, TXT, MD; TCVN3/VNI too) and print their",
            "header, outline, citations, deadlines and assignments.",
            "Exit code 0 when every file was read, 2 when any failed (each failure is one line on stderr)."})
final class ParseCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text",
            description = "text (a readable summary) or json (one object per file, one per line). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--with-text", description = "Include the normalised text as \"text\" in the JSON.")
    private boolean withText;

    @Option(names = "--tone-style", defaultValue = "TRADITIONAL",
            description = "Tone-mark placement of the normalised text: TRADITIONAL (hòa, thủy), MODERN (hoà, thuỷ) "
                    + "or AS_WRITTEN. Default: ${DEFAULT-VALUE}.")
    private ToneStyle toneStyle;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to parse.")
    private List<Path> files;

    @Mixin
    private NlpOptions nlp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Pipeline.Builder> builder = nlp.pipelineBuilder(err);
        if (builder.isEmpty()) {
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        Pipeline pipeline = builder.get().normalizer(new VietnameseNormalizer(toneStyle)).build();
        boolean failed = false;
        for (Path file : files) {
            try {
                AnalyzedDocument doc = pipeline.analyze(file);
                if (format == Format.json) {
                    out.println(DocumentJson.toJson(doc, withText));
                } else {
                    printSummary(out, doc);
                }
            } catch (ReadException e) {
                err.println(file + ": " + e.getMessage());
                failed = true;
            }
            out.flush();
        }
        return failed ? VanbanCli.EXIT_INPUT_ERROR : 0;
    }

    private static void printSummary(PrintWriter out, AnalyzedDocument d) {
        out.println("== " + d.source());
        line(out, "type", d.docType());
        line(out, "number", d.number());
        line(out, "date", d.issuedDate() == null ? null : d.issuedDate().toString());
        line(out, "place", d.place());
        line(out, "issuer", d.issuer());
        line(out, "title", d.title());
        if (d.signer() != null) {
            line(out, "signer", join(d.signer().authority(), d.signer().title(), d.signer().name()));
        }
        if (!d.recipients().isEmpty()) {
            line(out, "recipients", String.join("; ", d.recipients()));
        }
        if (!d.sections().isEmpty()) {
            out.println("outline:");
            for (Section s : d.sections()) {
                out.println("  " + "  ".repeat(Math.max(0, s.level() - 1)) + s.label() + ". " + abbreviate(s.title()));
            }
        }
        if (!d.citations().isEmpty()) {
            out.println("citations (" + d.citations().size() + "):");
            for (Citation c : d.citations()) {
                out.println("  " + c.key() + "  ← " + abbreviate(c.surface())
                        + (c.repairs().isEmpty() ? "" : "  [repaired: " + String.join("; ", c.repairs()) + "]"));
            }
        }
        if (!d.deadlines().isEmpty()) {
            out.println("deadlines (" + d.deadlines().size() + "):");
            d.deadlines().forEach(x -> out.println("  " + (x.date() != null ? x.date()
                    : x.recurrence() != null ? x.recurrence().json() : "—") + "  " + abbreviate(x.surface())));
        }
        if (!d.assignments().isEmpty()) {
            out.println("assignments (" + d.assignments().size() + "):");
            d.assignments().forEach(a -> out.println("  " + a.who() + ": " + abbreviate(a.task())));
        }
        out.println();
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("%-11s %s%n", label + ":", value);
        }
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(sb.length() == 0 ? "" : " / ").append(p);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 100 ? one : one.substring(0, 99) + "…";
    }
}
