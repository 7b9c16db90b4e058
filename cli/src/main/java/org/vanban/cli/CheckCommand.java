package org.vanban.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.Pipeline;
import org.vanban.check.Checker;
import org.vanban.check.Finding;
import org.vanban.check.HtmlReport;
import org.vanban.check.Severity;
import org.vanban.read.ReadException;
import org.vanban.registry.Registry;
import org.vanban.registry.RegistryFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban check}: stale, wrong or malformed citations and defunct bodies in drafts. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the citations of drafts against the registry of instruments, as of a date.",
            "Finds superseded, expired, amended and not-yet-effective instruments, wrong dates or issuers, malformed "
                    + "symbols, and bodies of abolished administrative units (UBND huyện … after 2025-07-01).",
            "Exit code 0 when no finding is at or above --fail-on, 1 when one is, 2 for input or usage errors."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html }

    enum FailOn { error, warning, info, never }

    enum Colour { auto, always, never }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RegistryOptions registryOptions;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Check as of this day (YYYY-MM-DD). Default: each draft's own date, else today.")
    private LocalDate asOf;

    @Option(names = "--format", defaultValue = "text",
            description = "text (findings with their line), json (one object per file, one per line) or html "
                    + "(one self-contained page). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    private FailOn failOn;

    @Option(names = "--color", defaultValue = "auto",
            description = "Colour the text output: auto (on a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    private Colour colour;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Drafts to check (any format vanban reads).")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Checker checker;
        try {
            Registry registry = registryOptions.registry(err);
            checker = Checker.of(registry, registryOptions.units(err));
        } catch (RegistryFormatException e) {
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        Pipeline pipeline = Pipeline.defaults();
        List<HtmlReport.Checked> checked = new ArrayList<>();
        boolean inputError = false;
        for (Path file : files) {
            try {
                AnalyzedDocument doc = pipeline.analyze(file);
                LocalDate day = asOf != null ? asOf : checker.defaultAsOf(doc);
                checked.add(new HtmlReport.Checked(doc, day, checker.check(doc, day)));
            } catch (ReadException e) {
                err.println(file + ": " + e.getMessage());
                inputError = true;
            }
        }
        String report = switch (format) {
            case json -> json(checked);
            case html -> HtmlReport.render(checked);
            case text -> TextReport.render(checked, useColour());
        };
        if (output != null) {
            Files.writeString(output, report, StandardCharsets.UTF_8);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        }
        if (inputError) {
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        return failing(checked) ? 1 : 0;
    }

    private boolean failing(List<HtmlReport.Checked> checked) {
        if (failOn == FailOn.never) {
            return false;
        }
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
        return checked.stream().flatMap(c -> c.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> output == null && System.console() != null && !"dumb".equals(System.getenv("TERM"))
                    && System.getenv("NO_COLOR") == null;
        };
    }

    private static String json(List<HtmlReport.Checked> checked) {
        StringBuilder sb = new StringBuilder();
        for (HtmlReport.Checked c : checked) {
            ObjectNode root = DocumentJson.mapper().createObjectNode();
            root.put("source", c.document().source());
            root.put("asOf", c.asOf().toString());
            root.put("documentDate", c.document().issuedDate() == null ? null : c.document().issuedDate().toString());
            ObjectNode summary = root.putObject("summary");
            for (Severity s : Severity.values()) {
                summary.put(s.label(), c.findings().stream().filter(f -> f.severity() == s).count());
            }
            ArrayNode findings = root.putArray("findings");
            for (Finding f : c.findings()) {
                findings.add(DocumentJson.mapper().valueToTree(f));
            }
            sb.append(root).append('\n');
        }
        return sb.toString();
    }
}
