package org.paperkg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import me.tongfei.progressbar.ProgressBar;
import org.paperkg.model.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Iris;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.DistinctPapers;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read abstracts and print what they mention as JSON Lines, one object per distinct paper, "
                + "in input order. Nothing is stored.",
                "Rejected records are reported on standard error as `error: FILE:LINE: reason`; the rest go on."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    IriOptions iri;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON Lines here (gzip when it ends in .gz) instead of standard output.")
    Path out;

    @Option(names = "--records", description = "Print the records as read instead (id, title, abstract, authors, date, "
            + "arxiv_id, doi, categories), without extracting: any input format turned into paperkg's JSON Lines input.")
    boolean records;

    @Override
    public Integer call() throws Exception {
        input.check(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(err);
        long started = System.nanoTime();
        Extractor extractor = records ? null : new Extractor();
        Resolver resolver = records ? null : new Resolver(extractor);
        Iris iris = iri.iris();
        ExecutorService pool = Executors.newFixedThreadPool(input.threads);
        try (Writer writer = open(out);
             ProgressBar progress = InputOptions.progressBar("extract")) {
            OrderedWriter ordered = new OrderedWriter(writer, input.threads * 8);
            DistinctPapers distinct = new DistinctPapers(new PaperSink() {
                @Override
                public void paper(Paper paper) {
                    if (records) {
                        ordered.add(CompletableFuture.completedFuture(PaperJson.record(paper).toString()));
                        return;
                    }
                    ordered.add(pool.submit(() -> {
                        Extraction x = extractor.extract(paper.title(), paper.abstractText());
                        return PaperJson.JSON.writeValueAsString(PaperJson.of(paper, resolver.resolve(x), x, iris));
                    }));
                    if (progress != null) {
                        progress.step();
                    }
                }

                @Override
                public void error(InputError error) {
                    reporter.error(error);
                }
            });
            Sources.read(input.paths, input.format, distinct);
            ordered.drain();
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("extract: %d records read, %d distinct papers (%d repeats merged), %d rejected, %.1f s (%.1f papers/s)%n",
                    distinct.records(), distinct.distinct(), distinct.repeats(), reporter.errors(), seconds,
                    distinct.distinct() / seconds);
        } finally {
            pool.shutdownNow();
        }
        return reporter.errors() > 0 ? Main.EXIT_REJECTED : 0;
    }

    private Writer open(Path file) throws IOException {
        if (file == null) {
            // Standard output belongs to the caller: flush it, never close it.
            Writer out = spec.commandLine().getOut();
            return new java.io.FilterWriter(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream os;
        try {
            os = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + " (" + Main.why(e, file) + ")", e);
        }
        if (file.getFileName().toString().endsWith(".gz")) {
            os = new GZIPOutputStream(os, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes the workers' lines in input order, keeping at most {@code window} papers in flight. */
    private static final class OrderedWriter {
        private final Writer writer;
        private final int window;
        private final Deque<Future<String>> pending = new ArrayDeque<>();

        OrderedWriter(Writer writer, int window) {
            this.writer = writer;
            this.window = window;
        }

        void add(Future<String> line) {
            pending.addLast(line);
            while (pending.size() > window) {
                writeOldest();
            }
        }

        void drain() {
            while (!pending.isEmpty()) {
                writeOldest();
            }
        }

        private void writeOldest() {
            try {
                writer.write(pending.removeFirst().get());
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
