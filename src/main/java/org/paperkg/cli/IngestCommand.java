package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read abstracts, extract what they mention and store each paper as one named graph of the TDB2 store.",
                "A paper stored before is replaced as a whole; one whose input and software are unchanged is left as it is, "
                        + "so rerunning an interrupted ingest only does what is missing.",
                "Rejected records are reported on standard error as `error: FILE:LINE: reason`; the rest go on."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, sniffed per file).")
    SourceFormat format;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Extraction threads sharing one CoreNLP pipeline (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
            description = "Papers per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-compact", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compact the store after an ingest that changed it (default: on). TDB2 keeps the blocks "
                    + "every transaction replaced until compaction.")
    boolean compact;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders (.gz read transparently).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --batch must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(err);
        Extractor extractor = new Extractor();
        try (Store store = storeOptions.open();
             ProgressBar progress = System.console() == null ? null : new ProgressBarBuilder().setTaskName("ingest")
                     .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).setUnit(" papers", 1).continuousUpdate().build()) {
            Ingest.Summary s = new Ingest(store, extractor, threads, batch).run(paths, format, reporter::error,
                    () -> {
                        if (progress != null) {
                            progress.step();
                        }
                    });
            String compaction = "";
            if (compact && s.added() + s.replaced() > 0) {
                long before = store.diskBytes();
                long t0 = System.nanoTime();
                store.compact();
                compaction = String.format(", compacted %.1f MB to %.1f MB in %.1f s", before / 1e6,
                        store.diskBytes() / 1e6, (System.nanoTime() - t0) / 1e9);
            }
            err.printf("ingest: %d papers read, %d new, %d replaced, %d unchanged, %d rejected; store holds %d quads; "
                            + "%.1f s (%.1f papers/s)%s%n",
                    s.read(), s.added(), s.replaced(), s.unchanged(), s.rejected(), s.quads(), s.seconds(),
                    s.read() / Math.max(s.seconds(), 1e-9), compaction);
        }
        return reporter.errors() > 0 ? Main.EXIT_REJECTED : 0;
    }
}
