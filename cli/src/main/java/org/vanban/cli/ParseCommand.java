package org.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.Pipeline;
import org.vanban.assign.AssignmentRole;
import org.vanban.cite.Citation;
import org.vanban.normalize.ToneStyle;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.read.ReadException;
import org.vanban.read.ReadLimits;
import org.vanban.read.TikaDocumentReader;
import org.vanban.structure.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban parse}: analyse documents and print what was found. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Read documents and print their header, outline, citations, deadlines and assignments.",
            "Reads DOCX, DOC, ODT, RTF, PDF (text layer), HTML, TXT and MD, detected by content; plain text in UTF-8, "
                    + "UTF-16, Windows-1258, TCVN3 or VNI. Each file that cannot be read is one line on stderr, "
                    + "<file>: <problem>, and the others are still read.",
            "Exit code 0 when every file was read, 2 when any could not be, 3 on an internal error."})
final class ParseCommand implements Callable<Integer> {

    enum Format { text, json }

    /** The exit code VanbanCli's handler gives an unexpected failure. */
    private static final int EXIT_INTERNAL_ERROR = 3;

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

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
            description = "Largest file read, in megabytes. Default: ${DEFAULT-VALUE}.")
    private long maxSizeMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest a file may take to read. Default: ${DEFAULT-VALUE}.")
    private long timeoutSeconds;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to parse.")
    private List<Path> files;

    @Mixin
    private NlpOptions nlp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxSizeMb <= 0 || timeoutSeconds <= 0) {
            err.println("vanban parse: --max-size and --timeout must be positive");
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        Optional<Pipeline.Builder> builder = nlp.pipelineBuilder(err);
        if (builder.isEmpty()) {
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        ReadLimits limits = ReadLimits.DEFAULT.withMaxInputBytes(maxSizeMb * 1024 * 1024)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        Pipeline pipeline = builder.get().reader(new TikaDocumentReader(limits))
                .normalizer(new VietnameseNormalizer(toneStyle)).build();
        boolean failed = false;
        boolean broken = false;
        for (Path file : files) {
            try {
                AnalyzedDocument doc = pipeline.analyze(file);
                if (format == Format.json) {
                    out.println(DocumentJson.toJson(doc, withText));
                } else {
                    printSummary(out, doc);
                }
            } catch (ReadException e) {
                // An expected problem with the input: one line, then on to the next file.
                err.println(file + ": " + e.getMessage());
                failed = true;
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in an analysis stage: still one line, and the other files are still analysed.
                err.println(file + ": internal error (" + e + ")" + (System.getenv("VANBAN_DEBUG") == null
                        ? "; set VANBAN_DEBUG=1 for the stack trace" : ""));
                if (System.getenv("VANBAN_DEBUG") != null) {
                    e.printStackTrace(err);
                }
                broken = true;
            }
            out.flush();
            err.flush();
        }
        return broken ? EXIT_INTERNAL_ERROR : failed ? VanbanCli.EXIT_INPUT_ERROR : 0;
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
            d.assignments().forEach(a -> out.println("  " + a.who()
                    + (a.role() == AssignmentRole.SUPPORT ? " (support)" : "") + ": " + abbreviate(a.task())));
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
