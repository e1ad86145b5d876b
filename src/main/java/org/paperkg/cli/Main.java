package org.paperkg.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /**
     * Why a file or store operation failed, in words: the innermost cause, naming the file it concerns unless
     * that is {@code named} (the path the message names already). Java words a denied permission as the bare
     * path, and TDB2 as the file it failed on, so neither says why on its own.
     */
    static String why(Throwable e, Path named) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof FileSystemException f) || f.getFile() == null) {
            return lowerFirst(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        Path file = Path.of(f.getFile()).toAbsolutePath();
        Path folder = file.getParent();
        if (f instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "no such folder " + Path.of(f.getFile()).getParent();
        }
        String reason = f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NoSuchFileException ? "no such file"
                : lowerFirst(f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
        if (named == null) {
            return reason + ": " + f.getFile();
        }
        Path target = named.toAbsolutePath();
        if (file.equals(target)) {
            return reason;
        }
        // A file written beside the target (dump's hidden part file): name the folder, which the user chose.
        return folder != null && folder.equals(target.getParent()) ? reason + " in folder " + folder : reason + ": " + f.getFile();
    }

    /** "Permission denied" as "permission denied", to read like the rest of the message; "TDB2" stays. */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
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
