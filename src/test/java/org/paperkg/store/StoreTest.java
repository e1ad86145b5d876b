package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.dump.Dump;
import org.paperkg.dump.DumpFormat;
import org.paperkg.model.EntityType;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.Vocab;
import org.paperkg.source.InputError;
import org.paperkg.source.SourceFormat;
import org.paperkg.validate.Validator;

/** Ingest into a real TDB2 store, re-ingest, replace, dump, load, validate: on the project's own sample corpus. */
@Tag("slow")
class StoreTest {
    private static final Iris IRIS = Iris.standard();
    private static final Path SAMPLES = Path.of("samples");
    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    private Ingest.Summary ingest(Store store, Path... inputs) throws InterruptedException {
        return ingest(store, 2, inputs);
    }

    private Ingest.Summary ingest(Store store, int batch, Path... inputs) throws InterruptedException {
        List<InputError> errors = new ArrayList<>();
        Ingest.Summary s = new Ingest(store, extractor, 2, batch).run(List.of(inputs), SourceFormat.AUTO, errors::add, () -> {
        });
        assertEquals(List.of(), errors);
        return s;
    }

    private static long count(Store store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (Iterator<Quad> it = store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Quads outside the meta graph: the papers and the entities, which re-ingesting must leave as they are. */
    private static long dataQuads(Store store) {
        return store.size() - count(store, store.metaGraph());
    }

    private static String entityFact(Store store, EntityType type, String key, org.apache.jena.rdf.model.Property p) {
        Node e = NodeFactory.createURI(IRIS.entity(type, key));
        return Txn.calculateRead(store.dataset(), () -> {
            Iterator<Quad> it = store.dataset().find(store.entitiesGraph(), e, p.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    @Test
    void reIngestingIsIdempotentAndAddsOnlyARunRecord() throws Exception {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            Ingest.Summary first = ingest(store, SAMPLES);
            assertEquals(5, first.added());
            long data = dataQuads(store);
            long meta = count(store, store.metaGraph());
            Ingest.Summary second = ingest(store, SAMPLES);
            assertEquals(0, second.added() + second.replaced());
            assertEquals(5, second.unchanged());
            assertEquals(data, dataQuads(store), "papers and entities unchanged");
            assertTrue(count(store, store.metaGraph()) > meta, "one more run record");
            assertEquals("1", entityFact(store, EntityType.METHOD, "kitenet", PKG.paperCount));
            assertEquals("OA", entityFact(store, EntityType.METHOD, "oa", org.apache.jena.vocabulary.RDFS.label));
            assertEquals("Orbit Attention", entityFact(store, EntityType.METHOD, "oa", org.apache.jena.vocabulary.SKOS.altLabel));
        }
    }

    @Test
    void compactionWaitsUntilOldBlocksOutweighTheDataOfAStoreOfSomeSize() throws Exception {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            Ingest.Summary s = ingest(store, 1, SAMPLES); // a commit per paper leaves old blocks behind
            assertTrue(store.diskBytes() > 2 * 400 * s.quads(), "TDB2's own files outweigh 5 papers: " + store.diskBytes());
            assertFalse(s.worthCompacting(), "a store of about 1 MB is left alone");
        }
        // Stores measured here: 10 copies of the seeds after one ingest, 828 MB for 1,161,534 quads (455 MB compacted).
        assertFalse(Store.worthCompacting(828_000_000L, 1_161_534), "compacting would not halve it");
        assertTrue(Store.worthCompacting(2_000_000_000L, 1_161_534), "mostly old blocks");
        assertTrue(Store.worthCompacting(100_000_000L, 10_000), "a small store that many commits inflated");
    }

    @Test
    void aRunWithNothingNewStillCompactsAStoreThatNeedsIt() throws Exception {
        Path location = dir.resolve("kg");
        try (Store store = Store.open(location, IRIS)) {
            ingest(store, SAMPLES);
        }
        // What a compaction killed midway leaves: the store at full size (TDB2 drops the unfinished generation on opening).
        // 80 MB of old blocks stand in for it, written where TDB2 keeps its live generation.
        Path dataDir;
        try (var dirs = Files.list(location)) {
            dataDir = dirs.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow();
        }
        try (var out = Files.newOutputStream(dataDir.resolve("old-blocks.dat"))) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 1);
            for (int i = 0; i < 80; i++) {
                out.write(block);
            }
        }
        try (Store store = Store.open(location, IRIS)) {
            Ingest.Summary again = ingest(store, SAMPLES);
            assertEquals(0, again.added() + again.replaced(), "nothing new");
            assertTrue(again.worthCompacting(), "the inflated store is compacted even so: " + store.diskBytes() + " bytes");
            store.compact();
            assertTrue(store.diskBytes() < 64L << 20, "compacted: " + store.diskBytes());
            assertFalse(store.worthCompacting(store.size()));
        }
    }

    /** The entities graph as sorted N-Triples lines. */
    private static List<String> entities(Store store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream(store.entitiesGraph(), Node.ANY, Node.ANY, Node.ANY)
                .map(q -> org.apache.jena.riot.out.NodeFmtLib.str(q.asTriple())).sorted().toList());
    }

    @Test
    void descriptionsKeptUpPaperByPaperEqualThoseComputedAtOnce() throws Exception {
        List<Path> corpora = new ArrayList<>(List.of(SAMPLES));
        org.paperkg.Seeds.find().ifPresent(corpora::add);
        for (Path corpus : corpora) {
            String name = corpus.getFileName().toString();
            try (Store oneByOne = Store.open(dir.resolve(name + "-1"), IRIS); Store atOnce = Store.open(dir.resolve(name + "-all"), IRIS)) {
                ingest(oneByOne, 1, corpus);
                ingest(atOnce, 10_000, corpus);
                List<String> incremental = entities(oneByOne);
                assertTrue(incremental.size() > 20, corpus + ": " + incremental.size());
                assertEquals(entities(atOnce), incremental, corpus + ": counts, names and pairs added paper by paper");
            }
        }
    }

    @Test
    void aChangedPaperReplacesItsGraphWholeAndEntityCountsFollow() throws Exception {
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, """
                {"id": "a", "title": "Paper A", "abstract": "We train ResNet-50 on CIFAR-10 and report accuracy."}
                {"id": "b", "title": "Paper B", "abstract": "We fine-tune BERT on GLUE and report accuracy."}
                """);
        Files.writeString(v2, """
                {"id": "a", "title": "Paper A", "abstract": "We train ViT on CIFAR-100 and report accuracy."}
                """);
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, v1);
            assertEquals("2", entityFact(store, EntityType.METRIC, "accuracy", PKG.paperCount));
            assertEquals("1", pairCount(store, "resnet-50", "cifar-10"));
            assertEquals("1", entityFact(store, EntityType.METHOD, "resnet-50", PKG.paperCount));
            Ingest.Summary s = ingest(store, v2);
            assertEquals(1, s.replaced());
            assertNull(entityFact(store, EntityType.METHOD, "resnet-50", PKG.paperCount), "no paper names ResNet-50 any more");
            assertNull(entityFact(store, EntityType.DATASET, "cifar-10", org.apache.jena.vocabulary.RDFS.label));
            assertEquals("1", entityFact(store, EntityType.METHOD, "vision-transformer", PKG.paperCount));
            assertEquals("2", entityFact(store, EntityType.METRIC, "accuracy", PKG.paperCount));
            assertNull(pairCount(store, "resnet-50", "cifar-10"), "the pair went with the paper");
            assertEquals("1", pairCount(store, "vision-transformer", "cifar-100"));
            Node a = NodeFactory.createURI(IRIS.paper("a"));
            long abstracts = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(Node.ANY, a, DCTerms.abstract_.asNode(), Node.ANY).count());
            assertEquals(1, abstracts, "the old abstract is gone with its graph");
            assertTrue(new Validator().validate(store).conforms());
        }
    }

    private static String pairCount(Store store, String method, String dataset) {
        Node pair = NodeFactory.createURI(IRIS.pair(IRIS.entity(EntityType.METHOD, method), IRIS.entity(EntityType.DATASET, dataset)));
        return Txn.calculateRead(store.dataset(), () -> {
            Iterator<Quad> it = store.dataset().find(store.entitiesGraph(), pair, PKG.paperCount.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    @Test
    void dumpThenLoadIntoAFreshStoreGivesAnIsomorphicDataset() throws Exception {
        Path nq = dir.resolve("kg.nq.gz");
        DatasetGraph original = DatasetGraphFactory.createTxnMem();
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, SAMPLES);
            Dump.Result r = Dump.write(store, DumpFormat.NQ, nq, null);
            assertEquals(store.size(), r.statements());
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(original::add));
            Dump.Result again = Dump.write(store, DumpFormat.NQ, dir.resolve("again.nq.gz"), null);
            assertEquals(r.sha256(), again.sha256(), "two dumps of one store are byte-identical");
        }
        try (Store fresh = Store.open(dir.resolve("fresh"), IRIS)) {
            Loader.FileResult loaded = Loader.load(fresh, nq);
            assertNull(loaded.error());
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(fresh.dataset(), () -> fresh.dataset().find().forEachRemaining(copy::add));
            assertTrue(IsoMatcher.isomorphic(original, copy), "loaded dataset is isomorphic to the dumped one");
        }
    }

    @Test
    void lineDumpsAreSortedStrictlyValidAndFreeOfBlankNodes() throws Exception {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, SAMPLES);
            for (DumpFormat f : List.of(DumpFormat.NT, DumpFormat.NQ)) {
                Path out = dir.resolve("kg." + f.name().toLowerCase());
                Dump.write(store, f, out, null);
                List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
                List<String> sorted = new ArrayList<>(lines);
                sorted.sort(null);
                assertEquals(sorted, lines, f + " is sorted");
                assertEquals(lines.size(), lines.stream().distinct().count(), f + " has no duplicate lines");
                assertFalse(lines.stream().anyMatch(l -> l.startsWith("_:") || l.contains(" _:")), f + " has no blank nodes");
                DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
                RDFParser.source(out).lang(f == DumpFormat.NT ? Lang.NTRIPLES : Lang.NQUADS).strict(true).checking(true).parse(parsed);
            }
            for (DumpFormat f : List.of(DumpFormat.TTL, DumpFormat.TRIG, DumpFormat.JSONLD)) {
                Path out = dir.resolve("kg." + f.name().toLowerCase());
                Dump.Result r = Dump.write(store, f, out, null);
                DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
                RDFParser.source(out).lang(f == DumpFormat.TTL ? Lang.TURTLE : f == DumpFormat.TRIG ? Lang.TRIG : Lang.JSONLD)
                        .strict(true).parse(parsed);
                long n = parsed.stream().count();
                assertEquals(r.statements(), n, f + " holds what was counted");
                if (f == DumpFormat.JSONLD) {
                    // Streaming readers need the context before the first node.
                    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
                    assertEquals("@context", json.fieldNames().next(), "@context comes first");
                }
            }
        }
    }

    @Test
    void aDumpAloneConformsToTheShapesAndNamesOnlyItselfADcatDataset() throws Exception {
        Path nq = dir.resolve("kg.nq");
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, SAMPLES);
            Dump.write(store, DumpFormat.NQ, nq, null);
        }
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(parsed);
        // The shapes alone on the dump alone, as a consumer runs them: no ontology, no subclass axioms.
        org.apache.jena.shacl.Shapes shapes = org.apache.jena.shacl.Shapes.parse(
                RDFParser.source("ontology/shapes.ttl").lang(Lang.TURTLE).toGraph());
        org.apache.jena.shacl.ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, parsed.getUnionGraph());
        List<String> violations = report.getEntries().stream().map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .limit(5).toList();
        assertTrue(report.conforms(), report.getEntries().size() + " violations, first " + violations);
        List<Node> dcatDatasets = parsed.getUnionGraph().find(Node.ANY, RDF.type.asNode(), org.apache.jena.vocabulary.DCAT.Dataset.asNode())
                .mapWith(org.apache.jena.graph.Triple::getSubject).toList();
        assertTrue(parsed.getUnionGraph().contains(Node.ANY, RDF.type.asNode(), PKG.Dataset.asNode()), "the samples use datasets");
        assertEquals(List.of(), dcatDatasets.stream().filter(n -> n.getURI().startsWith(IRIS.base() + "/dataset/")).toList(),
                "a dataset papers use is no dcat:Dataset: that names only the catalogue's own");
    }

    @Test
    void aStoreFromBeforeLosesTheDcatTypeOfItsDatasetsAtTheNextRun() throws Exception {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, SAMPLES);
            Node dcat = org.apache.jena.vocabulary.DCAT.Dataset.asNode();
            Txn.executeWrite(store.dataset(), () -> store.dataset().stream(store.entitiesGraph(), Node.ANY, RDF.type.asNode(), PKG.Dataset.asNode())
                    .toList().forEach(q -> store.dataset().add(store.entitiesGraph(), q.getSubject(), RDF.type.asNode(), dcat)));
            assertFalse(new Validator().validate(store).conforms(), "a dataset typed dcat:Dataset is a violation");
            ingest(store, SAMPLES); // nothing new: its one commit still drops the old type
            assertEquals(0L, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY, RDF.type.asNode(), dcat).count()));
            assertTrue(new Validator().validate(store).conforms());
        }
    }

    @Test
    void theRunRecordNamesInputsWithoutTheMachinesLayout() throws Exception {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, SAMPLES.toAbsolutePath());
            List<String> labels = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(store.metaGraph(), Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)
                    .filter(q -> q.getSubject().getURI().startsWith(IRIS.base() + "/input/"))
                    .map(q -> q.getObject().getLiteralLexicalForm()).toList());
            assertFalse(labels.isEmpty());
            String cwd = Path.of("").toAbsolutePath().toString();
            for (String label : labels) {
                assertTrue(label.startsWith("samples/") && !label.contains(cwd), label);
            }
            // Every mention and result names the run that generated it, and the run is described.
            long generated = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(Node.ANY, Node.ANY, Vocab.PROV.wasGeneratedBy.asNode(), Node.ANY).count());
            long mentionsAndResults = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.Mention.asNode()).count()
                    + store.dataset().stream(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.Result.asNode()).count());
            assertEquals(mentionsAndResults, generated);
        }
        assertEquals("x.txt", Ingest.recordedPath(Path.of("/elsewhere/on/a/machine/x.txt").toAbsolutePath()));
        assertEquals("../shared/seeds/x.txt", Ingest.recordedPath(Path.of("../shared/seeds/x.txt")));
    }

    @Test
    void aBrokenFileIsNotLoadedAndTheStoreKeepsWhatItHad() throws Exception {
        Path good = dir.resolve("good.nq");
        Path bad = dir.resolve("bad.nq");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append("<https://example.org/s").append(i).append("> <https://example.org/p> \"v\" <https://example.org/g> .\n");
        }
        Files.writeString(good, "<https://example.org/a> <https://example.org/p> \"ok\" <https://example.org/g> .\n");
        Files.writeString(bad, b + "<https://example.org/broken> <https://example.org/p> \"unterminated <https://example.org/g> .\n");
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            assertNull(Loader.load(store, good).error());
            Loader.FileResult r = Loader.load(store, bad);
            assertNotNull(r.error());
            assertEquals(1, store.size(), "none of the 1000 good lines before the error were kept");
        }
    }

    @Test
    void shapesAcceptTheSampleGraphAndRejectABrokenOne() throws Exception {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            ingest(store, SAMPLES);
            assertEquals(List.of(), new Validator().validate(store).violations());
            Node paper = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.Paper.asNode()).next().getSubject());
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(paper, paper, DCTerms.title.asNode(), Node.ANY);
                store.dataset().add(paper, paper, Vocab.BIB.codeRepository.asNode(), NodeFactory.createLiteralString("github.com/x"));
                store.dataset().add(paper, NodeFactory.createURI(IRIS.result("x", 0, 1)), RDF.type.asNode(), PKG.Result.asNode());
            });
            Validator.Outcome o = new Validator().validate(store);
            assertFalse(o.conforms());
            String all = String.join("\n", o.violations());
            assertTrue(all.contains(paper.getURI() + " <" + DCTerms.title.getURI() + ">"), all);
            assertTrue(all.contains("codeRepository"), all);
            assertTrue(all.contains(IRIS.result("x", 0, 1) + " <" + PKG.metric.getURI() + ">"), all);
        }
    }
}
