package org.paperkg.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.dump.Dump;
import org.paperkg.dump.DumpFormat;
import org.paperkg.model.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.DistinctPapers;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;
import org.paperkg.store.Loader;
import org.paperkg.store.Store;

/**
 * Throughput of the stages, measured in one run so that the figures compare: reading only, CoreNLP tokenize only,
 * pos+lemma only (the floor of any model pipeline), full extraction (extract + resolve), each on 1 and 2 threads
 * over one shared pipeline, after a warm-up pass; then the whole ingest into a new TDB2 store, the N-Quads dump of
 * that store, and loading the dump with {@code paperkg load} and with Jena's own TDB2 loader (the phased loader,
 * the default of {@code tdb2.tdbloader}) into new stores.
 */
public final class Bench {
    /** One measurement: what, on how many threads, how many items (papers or quads) in how long. */
    public record Figure(String stage, int threads, long items, String unit, double seconds) {
        public double rate() {
            return items / seconds;
        }
    }

    private final List<Paper> papers;
    /** Distinct papers in the corpus itself; {@link #papers} holds it {@code papers.size() / base} times over. */
    private final int base;
    private final Consumer<String> log;

    private Bench(List<Paper> papers, int base, Consumer<String> log) {
        this.papers = papers;
        this.base = base;
        this.log = log;
    }

    /** Reads the corpus {@code repeat} times over (fresh ids each time) into memory. */
    public static Bench load(List<Path> corpus, int repeat, Consumer<String> log) {
        List<Paper> base = new ArrayList<>();
        Sources.read(corpus, SourceFormat.AUTO, new DistinctPapers(new PaperSink() {
            @Override
            public void paper(Paper p) {
                base.add(p);
            }

            @Override
            public void error(InputError e) {
                log.accept("bench: skipped " + e);
            }
        }));
        List<Paper> all = new ArrayList<>(base.size() * repeat);
        for (int r = 0; r < repeat; r++) {
            for (Paper p : base) {
                all.add(r == 0 ? p : renamed(p, "r" + r + "-" + p.id()));
            }
        }
        return new Bench(all, base.size(), log);
    }

    public int size() {
        return papers.size();
    }

    /** Reading the corpus files from disk as many times over as the papers in memory hold it. */
    public Figure reading(List<Path> corpus) {
        int times = Math.max(1, papers.size() / Math.max(1, base));
        return time("read", 1, () -> {
            for (int i = 0; i < times; i++) {
                Sources.read(corpus, SourceFormat.AUTO, new DistinctPapers(new PaperSink() {
                    @Override
                    public void paper(Paper p) {
                    }

                    @Override
                    public void error(InputError e) {
                    }
                }));
            }
        });
    }

    /** A stage's work over all the papers on some threads, warmed up once when made, then timed as often as asked. */
    public final class Pass {
        private final String stage;
        private final int threads;
        private final Consumer<Paper> work;

        private Pass(String stage, int threads, Consumer<Paper> work) {
            this.stage = stage;
            this.threads = threads;
            this.work = work;
            runAll(threads, work); // warm-up: JIT, model pages, lazy initialisation
        }

        public Figure time() {
            return Bench.this.time(stage, threads, () -> runAll(threads, work));
        }
    }

    /** A bare CoreNLP pipeline over title and abstract, as the extractor annotates them. */
    public Pass corenlp(String annotators, int threads) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,ptb3Escaping=false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return new Pass(annotators, threads, p -> {
            pipeline.annotate(new CoreDocument(p.abstractText()));
            pipeline.annotate(new CoreDocument(p.title()));
        });
    }

    public Pass extraction(Extractor extractor, int threads) {
        Resolver resolver = new Resolver(extractor);
        return new Pass("extract+resolve", threads, p -> {
            Extraction x = extractor.extract(p.title(), p.abstractText());
            resolver.resolve(x);
        });
    }

    /**
     * Builds a store of {@code copies} copies of the corpus (fresh ids, the same vocabulary) through the real write
     * path (entity descriptions and co-occurrences kept up to date per batch), extracting each paper once, then
     * compacts it. For measuring queries on a graph many times the size of the corpus.
     */
    public Figure buildScaled(Extractor extractor, int copies, Store store, int batchSize) {
        Resolver resolver = new Resolver(extractor);
        org.paperkg.rdf.PaperGraph mapper = new org.paperkg.rdf.PaperGraph(store.iris());
        List<Extraction> extractions = new ArrayList<>();
        List<List<org.paperkg.resolve.Entity>> entities = new ArrayList<>();
        for (Paper p : papers) {
            Extraction x = extractor.extract(p.title(), p.abstractText());
            extractions.add(x);
            entities.add(resolver.resolve(x));
        }
        long t0 = System.nanoTime();
        Runnable build = () -> {
            List<org.paperkg.store.PaperUpdate> batch = new ArrayList<>();
            for (int r = 0; r < copies; r++) {
                for (int i = 0; i < papers.size(); i++) {
                    Paper p = papers.get(i);
                    Paper copy = renamed(p, "s" + r + "-" + p.id());
                    org.apache.jena.graph.Node iri = org.apache.jena.graph.NodeFactory.createURI(store.iris().paper(copy.id()));
                    batch.add(org.paperkg.pipeline.Ingest.paperUpdate(store.iris(), mapper, iri, copy, entities.get(i), extractions.get(i)));
                    if (batch.size() >= batchSize) {
                        store.write(batch);
                        batch.clear();
                    }
                }
                log.accept("bench: copy " + (r + 1) + " of " + copies + " written");
            }
            if (!batch.isEmpty()) {
                store.write(batch);
            }
            store.compact();
        };
        build.run();
        return report(new Figure("scaled store build", 1, (long) papers.size() * copies, "papers", (System.nanoTime() - t0) / 1e9));
    }

    /**
     * Warm-up ingests before the timed ones, into throwaway stores under {@code dir}: the other stages are timed after a
     * warm-up pass too, and ingest runs code they do not. Each ingests the papers repeated with fresh ids to at least
     * {@link #WARM_UP_PAPERS}, so that the code run per paper is compiled; there are {@link #WARM_UP_INGESTS} of them, so
     * that the code run once per ingest (creating the store, the last commit) is compiled too.
     */
    public void warmUpIngest(Extractor extractor, int threads, Path dir) throws InterruptedException {
        int rounds = Math.max(1, (WARM_UP_PAPERS + papers.size() - 1) / papers.size());
        List<Paper> warmUp = new ArrayList<>(papers.size() * rounds);
        for (int r = 0; r < rounds; r++) {
            for (Paper p : papers) {
                warmUp.add(renamed(p, "w" + r + "-" + p.id()));
            }
        }
        for (int i = 0; i < WARM_UP_INGESTS; i++) {
            ingestInto(dir.resolve(Integer.toString(i)), extractor, threads, warmUp, "ingest warm-up");
        }
    }

    /**
     * The whole ingest as {@code paperkg ingest} runs it (reader, workers, batching writer, run record) into a new
     * store at {@code dir}, from papers in memory; then, when it pays, the compaction that {@code ingest} runs after,
     * as a figure of its own (quads rewritten per second), so that each can be read alone.
     */
    public List<Figure> ingest(Extractor extractor, int threads, Path dir) throws InterruptedException {
        return ingestInto(dir, extractor, threads, papers, "ingest into TDB2");
    }

    /**
     * Papers each warm-up ingest takes, and how many there are. Measured here on the seeds: after one ingest of 3,170
     * papers, the JIT compiler still made 201 compilations in the timed ingest of 634 that followed, 89 in the next, 57
     * in the third, and these ran at 117, 124 and 125 papers/s. Three ingests of 1,268 leave about as many papers to
     * warm up on as the one of 3,170 did (which left 0.5 ms of compiler CPU per paper, against 2.9 after 2,500).
     */
    private static final int WARM_UP_PAPERS = 1_000;
    private static final int WARM_UP_INGESTS = 3;

    private List<Figure> ingestInto(Path dir, Extractor extractor, int threads, List<Paper> some, String stage)
            throws InterruptedException {
        long created = System.nanoTime();
        try (Store store = Store.open(dir, org.paperkg.rdf.Iris.standard())) {
            // Creating the store's files is set-up, as building the pipeline is for the stages above: paperkg ingest
            // creates them while CoreNLP loads its models. Logged, so that it can be added back.
            long t0 = System.nanoTime();
            log.accept(String.format(Locale.ROOT, "bench: new TDB2 store created in %.0f ms", (t0 - created) / 1e6));
            org.paperkg.pipeline.Ingest.Summary s = new org.paperkg.pipeline.Ingest(store, extractor, threads, 1000).run(sink -> {
                some.forEach(sink::paper);
                return List.of();
            }, e -> log.accept("bench: rejected " + e), () -> {
            });
            List<Figure> figures = new ArrayList<>();
            figures.add(report(new Figure(stage, threads, some.size(), "papers", (System.nanoTime() - t0) / 1e9)));
            if (s.worthCompacting()) {
                long t1 = System.nanoTime();
                store.compact();
                figures.add(report(new Figure("compaction after it", 1, s.quads(), "quads", (System.nanoTime() - t1) / 1e9)));
            }
            return figures;
        }
    }

    /** {@code paperkg dump} of the store at {@code dir} as N-Quads into {@code file}. */
    public Figure dump(Path dir, Path file) throws IOException {
        long t0 = System.nanoTime();
        Dump.Result r;
        try (Store store = Store.open(dir, org.paperkg.rdf.Iris.standard())) {
            r = Dump.write(store, DumpFormat.NQ, file, null);
        }
        return report(new Figure("dump N-Quads", 1, r.statements(), "quads", (System.nanoTime() - t0) / 1e9));
    }

    /** {@code paperkg load} of {@code file} into a new store at {@code dir}. */
    public Figure load(Path file, Path dir) {
        long t0 = System.nanoTime();
        Loader.FileResult r;
        try (Store store = Store.open(dir, org.paperkg.rdf.Iris.standard())) {
            r = Loader.load(store, file);
        }
        if (r.error() != null) {
            throw new IllegalStateException("bench: load failed: " + r.error());
        }
        return report(new Figure("paperkg load", 1, r.quads() + r.triples(), "quads", (System.nanoTime() - t0) / 1e9));
    }

    /** The same file into a new plain TDB2 database with the loader {@code tdb2.tdbloader} uses by default. */
    public Figure jenaLoad(Path file, Path dir) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long quads;
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {
            });
            loader.startBulk();
            loader.load(file.toString());
            loader.finishBulk();
            quads = loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg);
        }
        // Timed up to the database's release, as paperkg load is timed up to the store's close.
        return report(new Figure("Jena TDB2 phased loader", 1, quads, "quads", (System.nanoTime() - t0) / 1e9));
    }

    /** The paper under another id: copies of the corpus that a store keeps apart. */
    private static Paper renamed(Paper p, String id) {
        return new Paper(id, p.title(), p.abstractText(), p.authors(), p.date(), p.arxivId(), p.doi(), p.categories(), p.origin());
    }

    private Figure report(Figure f) {
        log.accept(String.format(Locale.ROOT, "bench: %-24s %d thread(s) %10.1f %s/s", f.stage(), f.threads(), f.rate(), f.unit()));
        return f;
    }

    private void runAll(int threads, Consumer<Paper> work) {
        if (threads == 1) {
            papers.forEach(work);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < papers.size(); i = next.getAndIncrement()) {
                        work.accept(papers.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("bench run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Figure time(String stage, int threads, Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return report(new Figure(stage, threads, papers.size(), "papers", (System.nanoTime() - t0) / 1e9));
    }
}
