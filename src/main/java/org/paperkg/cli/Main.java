package org.paperkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The paperkg command line: one subcommand per pipeline entry point (DESIGN.md §3). */
@Command(name = "paperkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Knowledge graph of machine-learning papers: abstracts in, linked RDF out.",
        subcommands = {IngestCommand.class, ExtractCommand.class, EvaluateCommand.class, TrainCommand.class, BenchCommand.class, ServeCommand.class, DumpCommand.class,
                LoadCommand.class, LinkCommand.class, QueryCommand.class, ValidateCommand.class, StatsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all good", "1:finished, but some records were rejected (each reported)",
                "2:usage or fatal error"})
public final class Main implements Runnable {
    /** Exit code when the command finished but rejected some records. */
    public static final int EXIT_REJECTED = 1;
    /** Exit code for usage errors and failures that stopped the command. */
    public static final int EXIT_FATAL = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, so that tests can set its output and error writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("paperkg: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return EXIT_FATAL;
                });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"paperkg " + (v == null ? "(development build)" : v)
                    + " — Apache Jena 5.6.0, Stanford CoreNLP 4.5.10"};
        }
    }
}
