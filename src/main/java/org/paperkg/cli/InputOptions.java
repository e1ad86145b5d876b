package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.paperkg.source.SourceFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that read abstracts: inputs, their format, and the extraction threads. */
final class InputOptions {
    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, sniffed per file).")
    SourceFormat format;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Extraction threads sharing one CoreNLP pipeline (default: ${DEFAULT-VALUE}).")
    int threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders (.gz read transparently).")
    List<Path> paths;

    void check(CommandLine cmd) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(cmd, "--threads must be at least 1");
        }
    }

    /** A progress bar on standard error when a person watches a terminal; null otherwise. */
    static ProgressBar progressBar(String task) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(-1).setUnit(" papers", 1).continuousUpdate().build();
    }
}
