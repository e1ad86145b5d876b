package org.paperkg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.paperkg.extract.Extractor;
import org.paperkg.link.Linksets;
import org.paperkg.model.EntityType;
import org.paperkg.model.RegistryLink;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.resolve.EntityKey;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.SourceFormat;
import scala.Tuple2;

/**
 * The graph ingest builds, as a Spark job: read every input file in a task of its own, keep each paper once (the first
 * in input order), extract in partitions with the executor's one extractor, then the entities graph and the registry's
 * linksets by aggregation, and write all of it as sorted N-Quads parts: together, in part order, the lines of
 * {@code paperkg dump --format nq}, the meta graph aside (the job's run record and linkset descriptions are its own).
 */
public final class GraphJob {
    /** Set to {@code true} to make the first attempt of the first extraction task fail halfway (tests Spark's retry). */
    public static final String FAIL_FIRST_ATTEMPT = "spark.paperkg.failFirstExtractionAttempt";

    /** What the job is asked to do. */
    public record Settings(List<String> inputs, SourceFormat format, String outDir, int partitions, int parts, Iris iris,
                           Map<EntityType, Map<String, Set<String>>> knownNames) implements Serializable {
    }

    /** What a run did, and every record it rejected, in input order. */
    public record Summary(long read, long rejected, long statements, List<PartWriter.Part> parts, List<InputError> errors,
                          double seconds) {
        public String text() {
            return String.format(java.util.Locale.ROOT, "%d papers read, %d rejected; %d statements in %d parts; %.1f s (%.1f papers/s)",
                    read, rejected, statements, parts.size(), seconds, read / Math.max(seconds, 1e-9));
        }
    }

    private GraphJob() {
    }

    public static Summary run(JavaSparkContext sc, Settings s) throws IOException {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        String runIri = Ingest.runIri(s.iris(), started);
        List<InputError> errors = new ArrayList<>();
        List<String> files = InputListing.files(s.inputs(), sc.hadoopConfiguration(), errors::add);
        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        SourceFormat format = s.format();
        JavaRDD<SourceRecord> records = sc.parallelize(indexed, Math.max(1, indexed.size()))
                .flatMap(f -> FileRecords.read(f._1(), f._2(), format).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Each id once; the records it rejects join the readers' errors.
        JavaRDD<SourceRecord> settled = records.filter(r -> r.paper() != null).mapToPair(DistinctRecords::byId).groupByKey()
                .flatMap(g -> DistinctRecords.settle(g._2()).iterator());
        JavaRDD<SourceRecord> readErrors = records.filter(r -> r.error() != null).union(settled.filter(r -> r.error() != null));
        JavaRDD<SourceRecord> papers = settled.filter(r -> r.paper() != null).repartition(s.partitions());

        Broadcast<Map<EntityType, Map<String, Set<String>>>> names = sc.broadcast(s.knownNames());
        boolean failFirst = sc.getConf().getBoolean(FAIL_FIRST_ATTEMPT, false);
        Iris iris = s.iris();
        JavaRDD<PaperOutput> outputs = papers.mapPartitions(it -> extract(it, names, iris, runIri, failFirst))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Counted first (this runs the extraction, kept for what follows): the run record needs the counts.
        long read = outputs.count();
        List<SourceRecord> rejected = new ArrayList<>(readErrors.collect());
        outputs.filter(p -> p.failure() != null).collect()
                .forEach(p -> rejected.add(new SourceRecord(p.order(), null, p.failure())));
        rejected.sort(Comparator.comparingLong(SourceRecord::order));
        rejected.forEach(r -> errors.add(r.error()));
        long stored = read - rejected.stream().filter(r -> r.paper() == null && r.error().origin().file().equals("(extraction)")).count();

        JavaPairRDD<String, EntityTally> tallies = EntitiesGraph.tallies(outputs).persist(StorageLevel.MEMORY_AND_DISK_SER());
        RunMeta meta = new RunMeta(iris, runIri, started);
        registryLinks(sc, tallies, iris, meta);
        meta.record(Instant.now(), localFiles(files), read, stored, errors.size());
        JavaRDD<String> lines = outputs.flatMap(p -> p.lines().iterator())
                .union(EntitiesGraph.lines(tallies, iris))
                .union(sc.parallelize(meta.lines(), 1));
        String out = s.outDir();
        List<PartWriter.Part> parts = new ArrayList<>(lines.sortBy(l -> l, true, s.parts())
                .mapPartitionsWithIndex((i, it) -> PartWriter.write(out, i, it), false).collect());
        parts.sort(Comparator.comparingInt(PartWriter.Part::index));
        records.unpersist();
        outputs.unpersist();
        tallies.unpersist();
        long statements = parts.stream().mapToLong(PartWriter.Part::statements).sum();
        return new Summary(read, errors.size(), statements, parts, errors, (System.nanoTime() - t0) / 1e9);
    }

    /** The input files on local disk, whose checksums the run record names (as ingest's does). */
    private static List<java.nio.file.Path> localFiles(List<String> files) {
        return files.stream().filter(InputListing::isLocal).map(java.nio.file.Path::of).toList();
    }

    private static Iterator<PaperOutput> extract(Iterator<SourceRecord> it, Broadcast<Map<EntityType, Map<String, Set<String>>>> names,
                                                 Iris iris, String runIri, boolean failFirst) {
        Extractor extractor = ExtractorHolder.forRun(names.id(), names.value());
        TaskContext task = TaskContext.get();
        boolean failHalfway = failFirst && task.partitionId() == 0 && task.attemptNumber() == 0;
        List<PaperOutput> out = new ArrayList<>();
        while (it.hasNext()) {
            SourceRecord r = it.next();
            out.add(PaperOutput.of(r.order(), r.paper(), extractor, iris, runIri));
            if (failHalfway && out.size() == 10) {
                throw new IllegalStateException("fault injected by " + FAIL_FIRST_ATTEMPT + " after 10 papers");
            }
        }
        return out.iterator();
    }

    /**
     * The registry's links for the entities some paper names, as ingest writes them after its last papers: which
     * entities those are is found by Spark; the links themselves by {@link Linksets#registryLinks}.
     */
    private static void registryLinks(JavaSparkContext sc, JavaPairRDD<String, EntityTally> tallies, Iris iris, RunMeta meta) {
        // The registry comes from the extractor's gazetteer, so it is read where extractors live: on an executor.
        List<RegistryLink> registry = sc.parallelize(List.of(0), 1)
                .flatMap(x -> ExtractorHolder.base().registryLinks().iterator()).collect();
        Set<String> inRegistry = new HashSet<>();
        registry.forEach(r -> inRegistry.add(iris.entity(r.type(), EntityKey.ofLabel(r.label()))));
        Broadcast<Set<String>> wanted = sc.broadcast(inRegistry);
        Set<Node> described = new HashSet<>();
        tallies.filter(e -> e._2().described() && wanted.value().contains(e._1())).keys().collect()
                .forEach(iri -> described.add(NodeFactory.createURI(iri)));
        Linksets.registryLinks(iris, registry, described::contains).forEach(meta::linkset);
    }
}
