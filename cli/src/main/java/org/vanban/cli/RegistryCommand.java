package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.Pipeline;
import org.vanban.read.ReadException;
import org.vanban.registry.Confidence;
import org.vanban.registry.Instrument;
import org.vanban.registry.InstrumentStatus;
import org.vanban.registry.LearnResult;
import org.vanban.registry.LearnedRelation;
import org.vanban.registry.Registry;
import org.vanban.registry.RegistryConflict;
import org.vanban.registry.RegistryFormatException;
import org.vanban.registry.RegistryJson;
import org.vanban.registry.RegistryProblem;
import org.vanban.registry.Relation;
import org.vanban.registry.RelationLearner;
import org.vanban.registry.Resolution;
import org.vanban.registry.Symbols;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban registry}: look into the registry of instruments, validate registry files, learn from texts. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "The registry of instruments: show, list, validate, learn.",
        subcommands = {RegistryCommand.Show.class, RegistryCommand.ListEntries.class, RegistryCommand.Validate.class,
            RegistryCommand.Learn.class, CommandLine.HelpCommand.class})
final class RegistryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: show, list, validate or learn");
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one instrument: its dates, status, relations and sources.",
                "KEY is a registry key (36/2017/TT-BGDĐT@2017), a symbol (16/CT-TTg) or a law's name.",
                "Exit code 0 when found, 1 when unknown or ambiguous, 2 for usage errors."})
    static final class Show implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private RegistryOptions registryOptions;

        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        private ListEntries.Format format;

        @Parameters(index = "0", paramLabel = "KEY")
        private String key;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Registry registry;
            try {
                registry = registryOptions.registry(err);
            } catch (RegistryFormatException e) {
                return VanbanCli.EXIT_INPUT_ERROR;
            }
            Instrument found = registry.get(key).orElse(null);
            if (found == null) {
                Resolution r = registry.resolve(Symbols.canonicalOfKey(key), Symbols.yearOfKey(key), null, null);
                if (r.outcome() == Resolution.Outcome.AMBIGUOUS) {
                    err.println(key + ": ambiguous; " + r.note() + ":");
                    r.candidates().forEach(i -> err.println("  " + i.key()));
                    return 1;
                }
                if (!r.resolved()) {
                    err.println(key + ": not in the registry");
                    return 1;
                }
                found = r.instrument();
            }
            if (format == ListEntries.Format.json) {
                out.println(DocumentJson.mapper().valueToTree(found));
            } else {
                print(out, found, registry);
            }
            return 0;
        }

        private static void print(PrintWriter out, Instrument i, Registry registry) {
            out.println(i.key());
            line(out, "type", i.type());
            line(out, "symbol", i.symbol());
            line(out, "issuer", i.issuer());
            line(out, "title", i.title());
            if (!i.names().isEmpty()) {
                line(out, "cited as", String.join("; ", i.names()));
            }
            line(out, "issued", i.issued());
            line(out, "effective", i.effective());
            line(out, "expires", i.expires());
            line(out, "status", i.status().label() + " (" + i.status().english() + ")"
                    + (i.statusAsOf() == null ? "" : ", as of " + i.statusAsOf()) + " — " + i.confidence().label());
            for (Relation r : i.relations()) {
                String other = registry.get(r.target()).map(Instrument::label).orElse(r.target());
                out.println("  " + r.type().label() + (r.partial() ? " (partly)" : "") + " " + other
                        + (r.date() == null ? "" : " on " + r.date()) + " — " + r.confidence().label()
                        + (r.derivedFrom() != null ? " (from " + r.derivedFrom() + "'s entry)" : ""));
                r.sources().forEach(s -> out.println("      source: " + s));
            }
            i.sources().forEach(s -> line(out, "source", s));
            line(out, "evidence", i.evidence());
            line(out, "notes", i.notes());
        }

        private static void line(PrintWriter out, String label, Object value) {
            if (value != null) {
                out.printf("  %-10s %s%n", label + ":", value);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the instruments, optionally those with one status.")
    static final class ListEntries implements Callable<Integer> {
        enum Format { text, json }

        @Spec
        private CommandSpec spec;

        @Mixin
        private RegistryOptions registryOptions;

        @Option(names = "--status", paramLabel = "S",
                description = "Only this status, as vbpl.vn writes it (\"hết hiệu lực toàn bộ\") or by name "
                        + "(EXPIRED, IN_FORCE, PARTLY_EXPIRED, NOT_YET_IN_FORCE, UNDETERMINED, …).")
        private String status;

        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        private Format format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            InstrumentStatus wanted = null;
            if (status != null) {
                try {
                    wanted = InstrumentStatus.fromLabel(status);
                } catch (IllegalArgumentException e) {
                    err.println("--status: " + e.getMessage() + "; one of: " + String.join(", ",
                            java.util.Arrays.stream(InstrumentStatus.values()).map(s -> s.label() + " (" + s.name()
                                    + ")").toList()));
                    return VanbanCli.EXIT_INPUT_ERROR;
                }
            }
            Registry registry;
            try {
                registry = registryOptions.registry(err);
            } catch (RegistryFormatException e) {
                return VanbanCli.EXIT_INPUT_ERROR;
            }
            for (Instrument i : registry.instruments()) {
                if (wanted != null && i.status() != wanted) {
                    continue;
                }
                if (format == Format.json) {
                    out.println(DocumentJson.mapper().valueToTree(i));
                } else {
                    String title = i.title() == null ? "" : i.title();
                    out.printf("%-26s %-22s %-10s %s%n", i.key(), i.status().label(), i.confidence().label(),
                            title.length() > 70 ? title.substring(0, 69) + "…" : title);
                }
            }
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Validate registry files against the published schema (corpus/schema/registry-v1.schema.json)",
                "and the rules a schema cannot state. Prints one line per problem: file, entry, field, message.",
                "Exit code 0 when every file is valid, 1 when one is not."})
    static final class Validate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        private List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            boolean invalid = false;
            for (Path file : files) {
                List<RegistryProblem> problems = RegistryJson.validate(file);
                if (problems.isEmpty()) {
                    out.println(file + ": valid");
                } else {
                    problems.forEach(out::println);
                    invalid = true;
                }
            }
            return invalid ? 1 : 0;
        }
    }

    @Command(name = "learn", mixinStandardHelpOptions = true,
            description = {"Read instruments (any format) and learn what they state about others: \"… này thay thế …\",",
                "\"… hết hiệu lực kể từ ngày …\", \"bãi bỏ …\", \"sửa đổi, bổ sung một số điều của …\", and their own",
                "effective date. Prints a registry file whose facts have the instrument as their source",
                "(unverified unless --reviewed) and, on stderr, what was learned from each file.",
                "Exit code 0 when every file was read, 2 when one could not be."})
    static final class Learn implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the registry file here.")
        private Path output;

        @Option(names = "--reviewed",
                description = "Mark the learned facts 'sourced': the texts are authoritative and the output was reviewed.")
        private boolean reviewed;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        private List<Path> files;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Pipeline pipeline = Pipeline.defaults();
            RelationLearner learner = new RelationLearner(reviewed ? Confidence.SOURCED : Confidence.UNVERIFIED);
            Registry.Builder builder = Registry.builder();
            boolean failed = false;
            for (Path file : files) {
                AnalyzedDocument doc;
                try {
                    doc = pipeline.analyze(file);
                } catch (ReadException e) {
                    err.println(file + ": " + e.getMessage());
                    failed = true;
                    continue;
                }
                LearnResult result = learner.learn(doc);
                report(err, file, result);
                result.entries().forEach(i -> builder.add(i, file.toString()));
            }
            Registry learned = builder.build();
            for (RegistryConflict c : learned.conflicts()) {
                err.println("conflict: " + c);
            }
            List<Instrument> stated = new ArrayList<>();
            for (Instrument i : learned.instruments()) {
                List<Relation> own = i.relations().stream().filter(r -> r.derivedFrom() == null).toList();
                stated.add(i.withRelations(own));
            }
            String json = RegistryJson.write("learned by vanban registry learn", null,
                    files.size() + " file(s)", stated);
            if (output != null) {
                Files.writeString(output, json, StandardCharsets.UTF_8);
            } else {
                out.print(json);
                out.flush();
            }
            return failed ? VanbanCli.EXIT_INPUT_ERROR : 0;
        }

        private static void report(PrintWriter err, Path file, LearnResult r) {
            String who = r.instrument() == null ? "?" : r.instrument().key()
                    + (r.instrument().effective() == null ? "" : " (effective " + r.instrument().effective() + ")");
            err.println(file + ": " + who);
            for (LearnedRelation l : r.relations()) {
                err.println("  " + l.type().label().toLowerCase(Locale.ROOT) + (l.partial() ? " (partly)" : "") + " "
                        + l.target() + (l.date() == null ? "" : " on " + l.date()));
            }
            r.problems().forEach(p -> err.println("  note: " + p));
        }
    }
}
