package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import me.tongfei.progressbar.ProgressBar;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Mixin
    InputOptions input;

    @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
            description = "Papers per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-compact",
            description = "Do not compact the store after the ingest. By default an ingest compacts the store when the blocks "
                    + "that TDB2 keeps from replaced versions outweigh the live data (the store would at least halve) "
                    + "and the store takes over 64 MB.")
    boolean noCompact;

    @Override
    public Integer call() throws Exception {
        input.check(spec.commandLine());
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(err);
        // TDB2 creates a new store's files (syncing each, 0.07-0.5 s here) while CoreNLP loads its models.
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(storeOptions::open);
        Extractor extractor;
        try {
            extractor = new Extractor();
        } catch (RuntimeException | Error e) {
            opening.thenAccept(Store::close);
            throw e;
        }
        try (Store store = opened(opening);
             ProgressBar progress = InputOptions.progressBar("ingest")) {
            Ingest ingest = new Ingest(store, extractor, input.threads, batch);
            if (progress == null) {
                // No terminal for a progress bar (a log, a container): one line per committed transaction instead.
                ingest.onCommit(stored -> reporter.note("ingest: committed, " + stored + " papers stored so far"));
            }
            Ingest.Summary s = ingest.run(input.paths, input.format, reporter::error,
                    () -> {
                        if (progress != null) {
                            progress.step();
                        }
                    });
            String compaction = "";
            if (!noCompact && s.worthCompacting()) {
                long before = store.diskBytes();
                long t0 = System.nanoTime();
                store.compact();
                compaction = String.format(", compacted %.1f MB to %.1f MB in %.1f s", before / 1e6,
                        store.diskBytes() / 1e6, (System.nanoTime() - t0) / 1e9);
            }
            err.println("ingest: " + s.text() + compaction);
        }
        return reporter.errors() > 0 ? Main.EXIT_REJECTED : 0;
    }

    /** The store once open, or what stopped it from opening, as if it had been opened on this thread. */
    private static Store opened(CompletableFuture<Store> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
