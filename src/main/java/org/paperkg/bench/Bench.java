package org.paperkg.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.DistinctPapers;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;

/**
 * Throughput of the stages, measured in one run so that the figures compare: reading only, CoreNLP tokenize only,
 * pos+lemma only (the floor of any model pipeline), and full extraction (extract + resolve), each on 1 and 2
 * threads over one shared pipeline. Every measurement follows a warm-up pass; figures are papers per second.
 */
public final class Bench {
    /** One measurement: what, on how many threads, papers per second. */
    public record Figure(String stage, int threads, int papers, double seconds) {
        public double papersPerSecond() {
            return papers / seconds;
        }
    }

    private final List<Paper> papers;
    private final Consumer<String> log;

    private Bench(List<Paper> papers, Consumer<String> log) {
        this.papers = papers;
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
                all.add(r == 0 ? p : new Paper("r" + r + "-" + p.id(), p.title(), p.abstractText(), p.authors(), p.date(),
                        p.arxivId(), p.doi(), p.categories(), p.origin()));
            }
        }
        return new Bench(all, log);
    }

    public int size() {
        return papers.size();
    }

    public Figure reading(List<Path> corpus) {
        return time("read", 1, () -> Sources.read(corpus, SourceFormat.AUTO, new DistinctPapers(new PaperSink() {
            @Override
            public void paper(Paper p) {
            }

            @Override
            public void error(InputError e) {
            }
        })));
    }

    /** A bare CoreNLP pipeline over title and abstract, as the extractor annotates them. */
    public Figure corenlp(String annotators, int threads) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,ptb3Escaping=false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return parallel(annotators, threads, p -> {
            pipeline.annotate(new CoreDocument(p.abstractText()));
            pipeline.annotate(new CoreDocument(p.title()));
        });
    }

    public Figure extraction(Extractor extractor, int threads) {
        Resolver resolver = new Resolver(extractor);
        return parallel("extract+resolve", threads, p -> {
            Extraction x = extractor.extract(p.title(), p.abstractText());
            resolver.resolve(x);
        });
    }

    /**
     * Builds a store of {@code copies} copies of the corpus (fresh ids, the same vocabulary) through the real write
     * path (entity descriptions and co-occurrences kept up to date per batch), extracting each paper once, then
     * compacts it. For measuring queries on a graph many times the size of the corpus.
     */
    public Figure buildScaled(Extractor extractor, int copies, org.paperkg.store.Store store, int batchSize) {
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
                    Paper copy = new Paper("s" + r + "-" + p.id(), p.title(), p.abstractText(), p.authors(), p.date(),
                            p.arxivId(), p.doi(), p.categories(), p.origin());
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
        Figure f = new Figure("scaled store build", 1, papers.size() * copies, (System.nanoTime() - t0) / 1e9);
        log.accept(String.format(Locale.ROOT, "bench: %-24s %d thread(s) %8.1f papers/s", f.stage(), 1, f.papersPerSecond()));
        return f;
    }

    private Figure parallel(String stage, int threads, Consumer<Paper> work) {
        runAll(threads, work); // warm-up: JIT, model pages, lazy initialisation
        return time(stage, threads, () -> runAll(threads, work));
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
        Figure f = new Figure(stage, threads, papers.size(), (System.nanoTime() - t0) / 1e9);
        log.accept(String.format(Locale.ROOT, "bench: %-24s %d thread(s) %8.1f papers/s", stage, threads, f.papersPerSecond()));
        return f;
    }
}
