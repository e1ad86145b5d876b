package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.Vocab.OA;

/**
 * The store stage: a TDB2 dataset with one named graph per paper (graph IRI = paper IRI), an entities
 * graph (labels, other names, paper counts) kept consistent with the paper graphs, and a meta graph
 * (runs, dump descriptions). Every write is one transaction: a batch of papers lands whole or not at all.
 * Its parts: {@link Batch}, the write path; {@link EntityBook}, the entity census and pair counts a batch keeps up
 * to date; {@link KnownNames}, read for the extractor; {@link DiskUse}, disk use and compaction.
 * <p>Its API: others read through {@link #read} (a read transaction) and the narrow lookups ({@link #storedHash},
 * {@link #size}, {@link #isEmpty}, {@link #knownNames}); they write only through {@link #write}/{@link #begin} (papers,
 * with their bookkeeping), {@link #writeLinksets} (linkset and meta graphs), {@link #addMeta} and {@link Loader}. The raw
 * dataset is not public, but for the query-only server ({@link #queryServerDataset}).
 */
public final class Store implements AutoCloseable {
    private final Path location;
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node entitiesGraph;
    private final Node metaGraph;
    private final KnownNames knownNames;
    private final DiskUse diskUse;
    private final EntityBook book;

    private Store(Path location, DatasetGraph dsg, Iris iris) {
        this.location = location;
        this.dsg = dsg;
        this.iris = iris;
        this.entitiesGraph = NodeFactory.createURI(iris.graph("entities"));
        this.metaGraph = NodeFactory.createURI(iris.graph("meta"));
        this.knownNames = new KnownNames(dsg, entitiesGraph, metaGraph);
        this.diskUse = new DiskUse(location, dsg);
        this.book = new EntityBook(dsg, iris, entitiesGraph, metaGraph);
    }

    /** Opens (or creates) the store; queries on it see the union of all graphs as the default graph. */
    public static Store open(Path location, Iris iris) {
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + location, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(location, dsg, iris);
    }

    /**
     * The raw dataset, for the store's own parts (the batch, the bookkeeping, the loader) and tests in this package.
     * Not public: a write through it would bypass the entity bookkeeping; others read through {@link #read}.
     */
    DatasetGraph dataset() {
        return dsg;
    }

    /** Work done on the dataset in a read transaction; it may throw what its body throws (an IOException of a writer). */
    @FunctionalInterface
    public interface Reading<T, E extends Exception> {
        T apply(DatasetGraph dataset) throws E;
    }

    /**
     * Runs {@code reading} in a read transaction of its own, or in the transaction this thread has open (so that a
     * dump and its description read the same data), and returns what it returns. Writes fail in a read transaction;
     * they go through {@link #write}, {@link #begin}, {@link #writeLinksets}, {@link #addMeta} and {@link Loader}, which
     * keep the entity bookkeeping in step with the paper graphs. The dataset must not be kept past the call.
     */
    public <T, E extends Exception> T read(Reading<T, E> reading) throws E {
        if (dsg.isInTransaction()) {
            return reading.apply(dsg);
        }
        dsg.begin(TxnType.READ);
        try {
            return reading.apply(dsg);
        } finally {
            dsg.end();
        }
    }

    /**
     * The dataset for a SPARQL server that only answers queries (see serve.Server): Fuseki needs the dataset itself,
     * since TDB2's query engine, and with it the union default graph, is chosen by the dataset's class, which a
     * read-only wrapper would hide. A server over it must offer no SPARQL Update and no Graph Store write, since those
     * would change paper graphs without the entity bookkeeping and the data version.
     */
    public DatasetGraph queryServerDataset() {
        return dsg;
    }

    public Iris iris() {
        return iris;
    }

    public Node entitiesGraph() {
        return entitiesGraph;
    }

    public Node metaGraph() {
        return metaGraph;
    }

    public Path location() {
        return location;
    }

    /** The content hash stored for a paper, or null when the paper is not stored. */
    public String storedHash(Node paper) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(paper, paper, PKG.contentHash.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** What one batch did. */
    public record BatchResult(int added, int replaced) {
    }

    /**
     * Replaces the graphs of the batch's papers and brings the description of every entity they named, before or
     * now, up to date, all in one write transaction.
     */
    public BatchResult write(List<PaperUpdate> batch) {
        try (Batch b = begin()) {
            batch.forEach(b::add);
            return b.commit();
        }
    }

    /** Opens a write transaction on this thread; papers go in one at a time, as they are ready. */
    public Batch begin() {
        return new Batch();
    }

    /**
     * One write transaction filled paper by paper, so that writing overlaps the extraction of the next papers. An
     * entity new to the store is described as its first paper comes; {@link #commit} brings the others up to date:
     * what new papers add is added (paper counts, names, pairs), so a growing store costs the same per paper; an
     * entity that a replaced paper named is recounted from all papers, since its counts may fall. Closing without a
     * commit aborts: the store keeps what it had.
     */
    public final class Batch implements AutoCloseable {
        private final Set<Node> recount = new HashSet<>();
        private final Map<Node, EntityGrowth> growth = new HashMap<>();
        private final Map<Node, PaperUpdate.EntityFacts> facts = new HashMap<>();
        private int added;
        private int replaced;
        private boolean open;

        private Batch() {
            dsg.begin(TxnType.WRITE);
            open = true;
        }

        /** Papers in this transaction so far. */
        public int size() {
            return added + replaced;
        }

        public void add(PaperUpdate u) {
            dsg.find(u.paper(), Node.ANY, OA.hasBody.asNode(), Node.ANY).forEachRemaining(q -> recount.add(q.getObject()));
            boolean existed = dsg.find(u.paper(), u.paper(), RDF.type.asNode(), Node.ANY).hasNext();
            if (existed) {
                dsg.deleteAny(u.paper(), Node.ANY, Node.ANY, Node.ANY);
                replaced++;
            } else {
                added++;
            }
            u.graph().find().forEachRemaining(t -> dsg.add(u.paper(), t.getSubject(), t.getPredicate(), t.getObject()));
            u.entities().forEach(facts::putIfAbsent);   // the first paper to name an entity labels it
            EntityGrowth.byPaper(u).forEach((entity, g) -> {
                if (g.papers == 0 || g.type == null || recount.contains(entity) || growth.containsKey(entity) || book.isDescribed(entity)) {
                    growth.merge(entity, g, EntityGrowth::plus);
                } else {
                    // An entity new to the store is described now, from its first paper, while the next papers are
                    // still being extracted; the papers after it in this batch add to it at commit, as to any other.
                    book.describeNew(entity, g, facts.get(entity));
                }
            });
        }

        public BatchResult commit() {
            return commit(() -> {
            });
        }

        /** Commits after running {@code last} in the transaction, once the entities are up to date. */
        public BatchResult commit(Runnable last) {
            // Entities a replaced paper named are recounted from all papers (their counts may fall). The others grow
            // by what the batch's papers add; those new to the store were described from their first paper already.
            for (Node entity : recount) {
                book.describeEntity(entity, facts.get(entity), book.census(entity));
                book.describePairs(entity);
            }
            for (Map.Entry<Node, EntityGrowth> e : growth.entrySet()) {
                Node entity = e.getKey();
                if (recount.contains(entity)) {
                    continue;
                }
                if (book.isDescribed(entity)) {
                    book.grow(entity, e.getValue());
                } else {
                    book.describeNew(entity, e.getValue(), facts.get(entity));
                }
            }
            book.dropDcatDatasetType();
            last.run();
            dsg.commit();
            dsg.end();
            open = false;
            return new BatchResult(added, replaced);
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                dsg.abort();
                dsg.end();
            }
        }
    }


    /**
     * Writes linksets: graphs of links from the store's entities to other datasets, with their void:Linkset
     * descriptions in the meta graph. Runs {@code write} in its own write transaction, or in the one the calling
     * thread has open (the registry's links go into the transaction of a run's last papers). The dataset it is handed
     * reads everything but writes the linkset and meta graphs only ({@link LinksetWrites}): paper graphs and the
     * entities graph are written by {@link Batch}, which keeps the entity census and pair counts in step with them.
     */
    public <T> T writeLinksets(java.util.function.Function<DatasetGraph, T> write) {
        DatasetGraph linksets = new LinksetWrites(dsg, iris.graph("links/"), metaGraph);
        return Txn.calculateWrite(dsg, () -> write.apply(linksets));
    }

    /**
     * Adds triples to the meta graph (run records, dump descriptions) in their own transaction, or in the one the
     * calling thread has open.
     */
    public void addMeta(Iterable<Triple> triples) {
        Txn.executeWrite(dsg, () -> triples.forEach(t -> dsg.add(metaGraph, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    /**
     * The names under which entities were found in the stored papers, leaving out the papers in {@code except}:
     * per type, canonical label to names (see {@link KnownNames}).
     */
    public Map<org.paperkg.model.EntityType, Map<String, Set<String>>> knownNames(Set<Node> except) {
        return knownNames.except(except);
    }

    /** Equal from one call to the next exactly while no write transaction began on the store (nor a compaction ran). */
    public record DataVersion(Object generation, long writesBegun) {
    }

    /**
     * The store's {@link DataVersion}: what is built from the store (the VoID description) needs building again only
     * when it changes. Counted by TDB2's transaction coordinator, so every write counts, whichever path made it.
     */
    public DataVersion dataVersion() {
        var coordinator = TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getTxnMgr();
        return new DataVersion(coordinator, coordinator.countBeginWrite());
    }

    /** True when the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /** Quads in the store, counted on TDB2's primary indexes: no quad is decoded (seconds saved at 10M quads). */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            return tdb.getQuadTable().getNodeTupleTable().size() + tdb.getTripleTable().getNodeTupleTable().size();
        });
    }

    /** Whether compacting would at least halve the store, which holds {@code quads} ({@link #size}); see {@link DiskUse}. */
    public boolean worthCompacting(long quads) {
        return diskUse.worthCompacting(quads);
    }

    static boolean worthCompacting(long diskBytes, long quads) {
        return DiskUse.worthCompacting(diskBytes, quads);
    }

    /** Rewrites the database without the blocks old transactions left behind; see {@link DiskUse#compact}. */
    public void compact() {
        diskUse.compact();
    }

    /** Bytes the store folder takes on disk; see {@link DiskUse#bytes}. */
    public long diskBytes() {
        return diskUse.bytes();
    }

    @Override
    public void close() {
        dsg.close();
        TDBInternal.expel(dsg);
    }
}
