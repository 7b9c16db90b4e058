package org.vanban.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vanban} command. */
@Command(name = "vanban",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCli.Version.class,
        description = "Vietnamese administrative documents: parse, check citations, index and search.",
        subcommands = {
            ParseCommand.class,
            EvalCommand.class,
            CheckCommand.class,
            RegistryCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class VanbanCli implements Runnable {

    /** Exit code for input and usage errors. */
    public static final int EXIT_INPUT_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new VanbanCli());
        cmd.registerConverter(LocalDate.class, VanbanCli::date);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // An unexpected failure is a bug: one line for the user, the trace only when asked for.
            commandLine.getErr().println("vanban: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (System.getenv("VANBAN_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set VANBAN_DEBUG=1 to see the stack trace)");
            }
            return 3;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = VanbanCli.class.getResourceAsStream("/vanban-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"vanban " + p.getProperty("version", "unknown")};
        }
    }
}
