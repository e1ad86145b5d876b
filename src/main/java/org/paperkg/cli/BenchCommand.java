package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperkg.bench.Bench;
import org.paperkg.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the throughput of each stage in one run: reading, CoreNLP tokenize only, pos+lemma only, "
                + "full extraction (1 and 2 threads), the whole ingest into a new TDB2 store, its N-Quads dump, and loading "
                + "that dump with paperkg load and with Jena's TDB2 loader; print their ratios.",
                "Figures from one run compare; figures from different runs on a shared machine do not."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Use the corpus N times over, with fresh ids (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--scale", paramLabel = "COPIES",
            description = "Instead: build a store of COPIES copies of the corpus at --store (a new folder), then time the queries on it.")
    int scale;

    @Option(names = "--store", paramLabel = "DIR", description = "Where --scale builds its store.")
    Path store;

    @Option(names = "--queries-on", paramLabel = "STORE",
            description = "Instead: time each catalogue query on this store (median of 5 runs after a warm-up, in ms).")
    Path queriesOn;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "The corpus, e.g. ../shared/seeds.")
    List<Path> corpus = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (scale > 0) {
            if (store == null || corpus.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--scale needs --store DIR and a corpus");
            }
            Bench bench = Bench.load(corpus, 1, line -> {
                out.println(line);
                out.flush();
            });
            try (org.paperkg.store.Store s = org.paperkg.store.Store.open(store, org.paperkg.rdf.Iris.standard())) {
                Bench.Figure f = bench.buildScaled(new Extractor(), scale, s, 2000);
                out.printf(Locale.ROOT, "bench: built %d papers, %d quads, %.1f MB on disk in %.1f s%n", f.items(),
                        s.size(), s.diskBytes() / 1e6, f.seconds());
            }
            queriesOn = store;
        }
        if (queriesOn != null) {
            return queryLatencies(out);
        }
        if (corpus.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a corpus, or --queries-on STORE");
        }
        Bench bench = Bench.load(corpus, Math.max(1, repeat), line -> {
            out.println(line);
            out.flush();
        });
        out.printf("bench: %d papers in memory%n", bench.size());
        Path work = Files.createTempDirectory("paperkg-bench-");
        try {
            List<Bench.Figure> figures = new ArrayList<>();
            figures.add(bench.reading(corpus));
            figures.add(bench.corenlp("tokenize", 1).time());
            Bench.Figure pos1 = bench.corenlp("tokenize,pos,lemma", 1).time();
            Bench.Pass pos2Pass = bench.corenlp("tokenize,pos,lemma", 2);
            Extractor extractor = new Extractor();
            extractor.resetStageClock();
            Bench.Figure x1 = bench.extraction(extractor, 1).time();
            Bench.Figure x2 = bench.extraction(extractor, 2).time();
            printStages(out, extractor.stageNanos(), 4L * bench.size());
            bench.warmUpIngest(extractor, 2, work.resolve("warm-up"));
            deleteTree(work.resolve("warm-up"));
            // Each pair that a ratio compares alternates, three timed runs each after their warm-ups, and the median
            // run counts: neither gains from the other's warm-up, and one slow moment of this shared machine does
            // not decide. First pos+lemma and the ingest, then the two loaders.
            List<Bench.Figure> pos2s = new ArrayList<>();
            List<List<Bench.Figure>> ingests = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                pos2s.add(pos2Pass.time());
                ingests.add(bench.ingest(extractor, 2, work.resolve("ingested-" + run)));
                if (run > 0) {
                    deleteTree(work.resolve("ingested-" + run)); // the first is kept for the dump
                }
            }
            Bench.Figure pos2 = median(pos2s);
            ingests.sort(java.util.Comparator.comparingDouble(i -> i.get(0).rate()));
            List<Bench.Figure> ingested = ingests.get(ingests.size() / 2);
            Bench.Figure ingest = ingested.get(0);
            Path nq = work.resolve("dump.nq");
            Bench.Figure dump = bench.dump(work.resolve("ingested-0"), nq);
            List<Bench.Figure> loads = new ArrayList<>();
            List<Bench.Figure> jenas = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                // Which goes first changes from run to run: the first of a pair follows the deletion of two stores.
                Bench.Figure l;
                Bench.Figure j;
                if (run % 2 == 0) {
                    l = bench.load(nq, work.resolve("loaded-" + run));
                    j = bench.jenaLoad(nq, work.resolve("jena-loaded-" + run));
                } else {
                    j = bench.jenaLoad(nq, work.resolve("jena-loaded-" + run));
                    l = bench.load(nq, work.resolve("loaded-" + run));
                }
                if (run > 0) {
                    loads.add(l);
                    jenas.add(j);
                }
                deleteTree(work.resolve("loaded-" + run));
                deleteTree(work.resolve("jena-loaded-" + run));
            }
            Bench.Figure load = median(loads);
            Bench.Figure jena = median(jenas);
            figures.addAll(List.of(pos1, pos2, x1, x2));
            figures.addAll(ingested);
            figures.addAll(List.of(dump, load, jena));
            out.println();
            out.printf("%-24s %7s %12s %8s%n", "stage", "threads", "rate", "unit");
            for (Bench.Figure f : figures) {
                out.printf(Locale.ROOT, "%-24s %7d %12.1f %8s/s%n", f.stage(), f.threads(), f.rate(), f.unit());
            }
            out.printf(Locale.ROOT, "extraction / pos+lemma: %.2fx on 1 thread, %.2fx on 2 threads; 2 threads / 1 thread: %.2fx%n",
                    x1.rate() / pos1.rate(), x2.rate() / pos2.rate(), x2.rate() / x1.rate());
            out.printf(Locale.ROOT, "ingest into TDB2 / pos+lemma, 2 threads: %.2fx%n", ingest.rate() / pos2.rate());
            if (ingested.size() > 1) {
                double withCompaction = ingest.items() / (ingest.seconds() + ingested.get(1).seconds());
                out.printf(Locale.ROOT, "ingest into TDB2 and the compaction after it / pos+lemma, 2 threads: %.2fx%n", withCompaction / pos2.rate());
            }
            out.printf(Locale.ROOT, "paperkg load / Jena TDB2 loader on the same %d-quad dump: %.2fx%n", load.items(), load.rate() / jena.rate());
            out.flush();
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    private static Bench.Figure median(List<Bench.Figure> runs) {
        List<Bench.Figure> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(Bench.Figure::rate));
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private int queryLatencies(PrintWriter out) {
        try (org.paperkg.store.Store store = org.paperkg.store.Store.open(queriesOn, org.paperkg.rdf.Iris.standard())) {
            out.printf("bench: catalogue queries on %s (%d quads)%n%-32s %8s %10s%n", queriesOn, store.size(), "query", "rows", "median ms");
            for (org.paperkg.query.Catalogue.NamedQuery q : org.paperkg.query.Catalogue.all()) {
                org.apache.jena.query.Query bound = org.paperkg.query.QueryRunner.bind(q, java.util.Map.of());
                double[] ms = new double[6];
                int rows = 0;
                for (int run = 0; run < ms.length; run++) {
                    LineCounter sink = new LineCounter();
                    long t0 = System.nanoTime();
                    store.read(dsg -> {
                        org.paperkg.query.QueryRunner.run(dsg, bound, org.paperkg.query.QueryRunner.Format.TSV, sink);
                        return null;
                    });
                    ms[run] = (System.nanoTime() - t0) / 1e6;
                    rows = (int) sink.lines - 1;
                }
                double[] timed = java.util.Arrays.copyOfRange(ms, 1, ms.length);
                java.util.Arrays.sort(timed);
                out.printf(Locale.ROOT, "%-32s %8d %10.1f%n", q.name(), Math.max(rows, 0), timed[timed.length / 2]);
            }
        }
        out.flush();
        return 0;
    }

    /** Counts the lines of an answer as it streams by, keeping none of it: latency without the cost of holding it. */
    private static final class LineCounter extends java.io.OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    /** Each extraction stage's thread time per paper and its share, over {@code papers} extractions (warm-ups included). */
    private static void printStages(PrintWriter out, java.util.Map<String, Long> nanos, long papers) {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        out.printf("extraction stages, thread time per paper over %d extractions (warm-up passes included):%n", papers);
        nanos.forEach((name, n) -> out.printf(java.util.Locale.ROOT, "  %-22s %8.3f ms  %5.1f%%%n", name, n / 1e6 / papers,
                100.0 * n / Math.max(1, total)));
        out.flush();
    }
}
