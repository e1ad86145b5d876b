package org.paperkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.model.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.ContentHash;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.PaperGraph;
import org.paperkg.rdf.Software;
import org.paperkg.rdf.Vocab.PROV;
import org.paperkg.resolve.Entity;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.DistinctPapers;
import org.paperkg.source.InputError;
import org.paperkg.source.Origin;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;
import org.paperkg.store.PaperUpdate;
import org.paperkg.store.Store;

/**
 * The whole pipeline as a stream: the calling thread reads, N workers extract and map (sharing one
 * CoreNLP pipeline), one writer thread stores batches of papers, each batch one transaction. Papers
 * whose content hash is stored already are left alone, so a rerun after an interruption only does
 * what is missing. Memory stays bounded: at most a window of papers is in flight.
 */
public final class Ingest {
    /** What a run did. */
    public record Summary(long read, long added, long replaced, long unchanged, long rejected, long quads, double seconds,
                          boolean worthCompacting) {
        /** The run in one line, as ingest and serve --ingest report it. */
        public String text() {
            return String.format(java.util.Locale.ROOT, "%d papers read, %d new, %d replaced, %d unchanged, %d rejected; "
                    + "store holds %d quads; %.1f s (%.1f papers/s)", read, added, replaced, unchanged, rejected, quads,
                    seconds, read / Math.max(seconds, 1e-9));
        }
    }

    private static final Future<PaperUpdate> END = java.util.concurrent.CompletableFuture.completedFuture(null);

    private final Store store;
    /** Asked for once the run needs the models: what needs none (the input's ids, the store's known names) runs first. */
    private final java.util.function.Supplier<Extractor> extractor;
    private final int threads;
    private final int batchSize;
    private int firstBatchSize;
    private java.util.function.LongConsumer commitListener = stored -> {
    };

    public Ingest(Store store, Extractor extractor, int threads, int batchSize) {
        this(store, () -> extractor, threads, batchSize);
    }

    /**
     * With the extractor still loading its models (seconds): the run reads its input for the papers' ids and asks the
     * store for the names it knows meanwhile, and waits for {@code extractor} only then.
     */
    public Ingest(Store store, java.util.function.Supplier<Extractor> extractor, int threads, int batchSize) {
        this.store = store;
        this.extractor = extractor;
        this.firstBatchSize = batchSize;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /**
     * Commits the run's first {@code papers} papers on their own, then batches of the batch size: a server ingesting in
     * the background shows new papers seconds after start instead of after a whole batch's extraction.
     */
    public Ingest firstCommitAfter(int papers) {
        if (papers < 1) {
            throw new IllegalArgumentException("a commit needs at least one paper");
        }
        this.firstBatchSize = Math.min(papers, batchSize);
        return this;
    }

    /** Tells {@code commits} the number of papers stored so far in this run after each committed transaction. */
    public Ingest onCommit(java.util.function.LongConsumer commits) {
        this.commitListener = commits;
        return this;
    }

    /**
     * Ingests the inputs. {@code errors} gets every rejected record as it comes; {@code progress} is
     * called once per paper read. Ends with a run record in the meta graph.
     */
    public Summary run(List<Path> paths, SourceFormat format, Consumer<InputError> errors, Runnable progress)
            throws InterruptedException {
        return run(sink -> Sources.read(paths, format, sink), errors, progress);
    }

    /** Where papers come from: pushes them into the sink and returns the files it read (for the run record). */
    @FunctionalInterface
    public interface Source {
        List<Path> read(PaperSink sink);
    }

    /** Ingests the papers of any source (the bench feeds papers held in memory). */
    public Summary run(Source source, Consumer<InputError> errors, Runnable progress) throws InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String runIri = runIri(store.iris(), started);
        // Mentions and results name this run, so every commit describes it (and its agent) as far as it is known.
        PaperGraph mapper = new PaperGraph(store.iris(), runIri);
        List<Triple> runSoFar = runStart(store.iris(), runIri, started, "ingest").getGraph().find().toList();
        boolean startedEmpty = store.isEmpty();
        // This run's extractor: the registry plus the names found in papers stored before, outside this input.
        Map<org.paperkg.model.EntityType, Map<String, java.util.Set<String>>> knownBefore =
                startedEmpty ? null : store.knownNames(inputPapers(source));
        Extractor baseExtractor = extractor.get();
        Extractor runExtractor = startedEmpty ? baseExtractor : baseExtractor.withKnownNames(knownBefore);
        Resolver resolver = new Resolver(runExtractor);
        AtomicLong rejected = new AtomicLong();
        Consumer<InputError> report = e -> {
            rejected.incrementAndGet();
            errors.accept(e);
        };
        AtomicLong unchanged = new AtomicLong();
        BlockingQueue<Future<PaperUpdate>> queue = new ArrayBlockingQueue<>(Math.max(16, threads * 16));
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Writer writer = new Writer(queue, report, () -> store.addMeta(runSoFar));
        Thread writerThread = new Thread(writer, "paperkg-writer");
        writerThread.start();
        DistinctPapers distinct;
        try {
            distinct = new DistinctPapers(new PaperSink() {
                @Override
                public void paper(Paper paper) {
                    progress.run();
                    Node iri = NodeFactory.createURI(store.iris().paper(paper.id()));
                    // Each id comes once per run, so a store that started empty holds none of them.
                    if (!startedEmpty && ContentHash.of(paper).equals(store.storedHash(iri))) {
                        unchanged.incrementAndGet();
                        return;
                    }
                    put(queue, workers.submit(() -> update(runExtractor, resolver, mapper, paper, iri)));
                }

                @Override
                public void error(InputError error) {
                    report.accept(error);
                }
            });
            List<Path> files = source.read(distinct);
            // The registry's links and the run record go into the transaction of the run's last papers: one commit
            // fewer after the last extraction, and a run is recorded exactly when its last papers are.
            writer.last = stored -> {
                if (stored > 0) {
                    // The registry's links follow the entities: rewritten whenever papers came or changed.
                    org.paperkg.link.Linksets.refreshRegistry(store, baseExtractor.registryLinks());
                }
                store.addMeta(runRecord(store.iris(), runIri, started, "ingest", Instant.now(), files, distinct.distinct(), stored, unchanged.get(), rejected.get())
                        .getGraph().find().toList());
            };
        } finally {
            put(queue, END);
            writerThread.join();
            workers.shutdownNow();
        }
        if (writer.failure != null) {
            throw writer.failure;
        }
        long quads = store.size();
        // Asked whether or not this run stored anything: a compaction killed midway leaves the store as large as before
        // it, and a later run with nothing new must still find it worth compacting.
        return new Summary(distinct.distinct(), writer.added, writer.replaced, unchanged.get(), rejected.get(),
                quads, (System.nanoTime() - t0) / 1e9, store.worthCompacting(quads));
    }

    /** The IRI of a run that started at {@code started}: ingest's and the Spark job's runs are named alike. */
    public static String runIri(Iris iris, Instant started) {
        return iris.run(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC).format(started));
    }

    /** A first, cheap pass over the input (reading only: no extraction) for the IRIs of its papers. */
    private java.util.Set<Node> inputPapers(Source source) {
        java.util.Set<Node> ids = new java.util.HashSet<>();
        source.read(new PaperSink() {
            @Override
            public void paper(Paper p) {
                ids.add(NodeFactory.createURI(store.iris().paper(p.id())));
            }

            @Override
            public void error(InputError e) {
            }
        });
        return ids;
    }

    private PaperUpdate update(Extractor runExtractor, Resolver resolver, PaperGraph mapper, Paper paper, Node iri) {
        Extraction x = runExtractor.extract(paper.title(), paper.abstractText());
        return paperUpdate(store.iris(), mapper, iri, paper, resolver.resolve(x), x);
    }

    /** A paper's graph and the facts about the entities it names, ready for {@link Store#write}. */
    public static PaperUpdate paperUpdate(Iris iris, PaperGraph mapper, Node iri, Paper paper, List<Entity> entities, Extraction x) {
        Model m = mapper.build(paper, entities, x);
        Map<Node, PaperUpdate.EntityFacts> facts = new HashMap<>();
        for (Entity e : entities) {
            Node broader = e.broaderLabel() == null ? null
                    : NodeFactory.createURI(iris.entity(e.type(), org.paperkg.resolve.EntityKey.ofLabel(e.broaderLabel())));
            facts.put(NodeFactory.createURI(iris.entity(e.type(), e.key())),
                    new PaperUpdate.EntityFacts(e.label(), broader, e.broaderLabel(), e.higherIsBetter()));
        }
        return new PaperUpdate(iri, m.getGraph(), facts, paper.origin());
    }

    private static void put(BlockingQueue<Future<PaperUpdate>> queue, Future<PaperUpdate> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a paper", e);
        }
    }

    /**
     * Takes finished papers in input order and adds each to the open write transaction as it comes, committing
     * every {@code batchSize} papers: writing goes on while the workers extract the next papers.
     */
    private final class Writer implements Runnable {
        private final BlockingQueue<Future<PaperUpdate>> queue;
        private final Consumer<InputError> errors;
        /** Writes, in every transaction, what its triples refer to besides the entities: the run so far and its agent. */
        private final Runnable eachCommit;
        private Store.Batch batch;
        /** Writes, in the last transaction, what closes the run; told the papers the run stored. Set once reading ended. */
        volatile java.util.function.LongConsumer last;
        long added;
        long replaced;
        RuntimeException failure;

        Writer(BlockingQueue<Future<PaperUpdate>> queue, Consumer<InputError> errors, Runnable eachCommit) {
            this.queue = queue;
            this.errors = errors;
            this.eachCommit = eachCommit;
        }

        @Override
        public void run() {
            try {
                for (Future<PaperUpdate> f = queue.take(); f != END; f = queue.take()) {
                    if (failure != null) {
                        continue; // keep draining so the reader never blocks on a full queue
                    }
                    try {
                        PaperUpdate u = f.get();
                        if (batch == null) {
                            batch = store.begin();
                        }
                        batch.add(u);
                        if (batch.size() >= (added + replaced == 0 ? firstBatchSize : batchSize)) {
                            committed(batch.commit(eachCommit));
                        }
                    } catch (ExecutionException e) {
                        errors.accept(new InputError(new Origin("(extraction)", 0), "a paper could not be extracted: " + e.getCause()));
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                if (failure == null && (batch != null || last != null)) {
                    if (batch == null) {
                        batch = store.begin();
                    }
                    long stored = added + replaced + batch.size();
                    committed(batch.commit(() -> {
                        eachCommit.run();
                        if (last != null) {
                            last.accept(stored);
                        }
                    }));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                if (batch != null) {
                    batch.close(); // not committed: aborted, the store keeps what it had
                }
            }
        }

        /** Counts a committed batch and tells the listener; the next paper opens a new transaction. */
        private void committed(Store.BatchResult r) {
            batch = null;
            added += r.added();
            replaced += r.replaced();
            commitListener.accept(added + replaced);
        }
    }

    /**
     * What is known of a run from its start: the run, when it started, the software agent. Written with every commit,
     * so that a store left by a killed run still describes what its mentions and results refer to.
     */
    public static Model runStart(Iris iris, String runIri, Instant started, String what) {
        Model m = ModelFactory.createDefaultModel();
        Resource agent = m.createResource(iris.extractor(Software.VERSION))
                .addProperty(RDF.type, PKG.Extractor)
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, Software.LABEL);
        m.createResource(runIri)
                .addProperty(RDF.type, PKG.ExtractionRun)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDFS.label, what + " started " + started)
                .addLiteral(PROV.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                .addProperty(PROV.wasAssociatedWith, agent);
        return m;
    }

    /** The whole record of a run that ended: its start, end, inputs and counts. */
    public static Model runRecord(Iris iris, String runIri, Instant started, String what, Instant ended, List<Path> files, long read,
                                  long stored, long unchanged,
                            long rejected) {
        Model m = runStart(iris, runIri, started, what);
        Resource run = m.createResource(runIri)
                .addLiteral(PROV.endedAtTime, m.createTypedLiteral(ended.toString(), XSDDatatype.XSDdateTime))
                .addLiteral(PKG.papersRead, integer(m, read))
                .addLiteral(PKG.papersStored, integer(m, stored))
                .addLiteral(PKG.papersUnchanged, integer(m, unchanged))
                .addLiteral(PKG.recordsRejected, integer(m, rejected));
        for (Path f : files) {
            String sha = sha256(f);
            if (sha != null) {
                run.addProperty(PROV.used, m.createResource(iris.base() + "/input/sha256-" + sha)
                        .addProperty(RDF.type, PROV.Entity)
                        .addProperty(RDFS.label, recordedPath(f)));
            }
        }
        return m;
    }

    /**
     * A file as the run record names it: as given when given relative, relative to the working folder when under it,
     * else its file name; never the absolute layout of the machine that ran the ingest.
     */
    public static String recordedPath(Path f) {
        if (!f.isAbsolute()) {
            return f.normalize().toString();
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path n = f.normalize();
        if (n.startsWith(cwd) && !n.equals(cwd)) {
            return cwd.relativize(n).toString();
        }
        return n.getFileName() == null ? n.toString() : n.getFileName().toString();
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long v) {
        return m.createTypedLiteral(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** SHA-256 of a file's bytes as stored, or null when it cannot be read (already reported by the reader). */
    private static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
