package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Seeds;
import org.paperkg.StoredGraphs;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;
import org.paperkg.validate.Validator;

/**
 * A real {@code paperkg ingest} process killed with SIGKILL in the middle of the seed corpus: the store opens
 * afterwards, conforms to the shapes, every paper in it is whole (the same graph an uninterrupted run stores, apart
 * from the run it names), and a rerun ends with the papers and entities of an uninterrupted run.
 */
@Tag("slow")
class CrashTest {
    private static final Pattern COMMITTED = Pattern.compile("ingest: committed, (\\d+) papers stored so far");
    private static final int BATCH = 20;

    @TempDir
    Path dir;

    @Test
    void killNineMidIngestLosesNothingCommittedAndTheRerunCompletesTheStore() throws Exception {
        Path seeds = Seeds.find().orElse(null);
        assumeTrue(seeds != null, "the seed corpus is not beside the project");

        Map<Node, Graph> reference;
        long referenceDataQuads;
        Graph referenceEntities;
        try (Store whole = Store.open(dir.resolve("whole"), Iris.standard())) {
            new Ingest(whole, new Extractor(), 2, BATCH).run(List.of(seeds), SourceFormat.AUTO, e -> {
            }, () -> {
            });
            reference = StoredGraphs.papersApartFromRun(whole);
            referenceDataQuads = dataQuads(whole);
            referenceEntities = StoredGraphs.copy(whole, whole.entitiesGraph());
        }

        Path store = dir.resolve("crashed");
        long committed = ingestAndKill(store, seeds, 100);

        try (Store crashed = Store.open(store, Iris.standard())) {
            Map<Node, Graph> survived = StoredGraphs.papersApartFromRun(crashed);
            assertTrue(survived.size() >= committed, survived.size() + " papers in the store, " + committed + " were reported committed");
            assertTrue(survived.size() < reference.size(), "the kill came before the end: " + survived.size());
            assertEquals(0, survived.size() % BATCH, "whole transactions only: " + survived.size());
            survived.forEach((paper, g) -> assertTrue(g.isIsomorphicWith(reference.get(paper)), "paper whole: " + paper));
            // Every commit describes what its triples refer to: the killed run as far as it got, and its agent.
            Validator.Outcome o = new Validator().validate(crashed);
            assertEquals(List.of(), o.violations().subList(0, Math.min(5, o.violations().size())), o.violations().size() + " violations");
            assertTrue(o.conforms());
            assertEquals(1, runRecords(crashed), "the killed run, as far as it is known");
            assertEquals(0, endedRuns(crashed), "the killed run never ended");
        }

        Process rerun = paperkg(store, seeds).start();
        String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rerun.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, rerun.exitValue(), output);
        assertTrue(output.contains(" unchanged"), output);

        try (Store finished = Store.open(store, Iris.standard())) {
            assertEquals(referenceDataQuads, dataQuads(finished));
            Map<Node, Graph> all = StoredGraphs.papersApartFromRun(finished);
            assertEquals(reference.keySet(), all.keySet());
            all.forEach((paper, g) -> assertTrue(g.isIsomorphicWith(reference.get(paper)), "paper whole: " + paper));
            assertTrue(referenceEntities.isIsomorphicWith(StoredGraphs.copy(finished, finished.entitiesGraph())), "entity descriptions agree");
            assertEquals(2, runRecords(finished), "the killed run and the rerun");
            assertEquals(1, endedRuns(finished), "the rerun's whole record");
            assertTrue(new Validator().validate(finished).conforms());
        }
    }

    /** Quads outside the meta graph: papers and entities. */
    private static long dataQuads(Store store) {
        return store.read(dsg ->
                dsg.stream().filter(q -> !q.getGraph().equals(store.metaGraph())).count());
    }

    private static long endedRuns(Store store) {
        return store.read(dsg -> dsg.stream(store.metaGraph(), Node.ANY,
                org.paperkg.rdf.Vocab.PROV.endedAtTime.asNode(), Node.ANY).count());
    }

    private static long runRecords(Store store) {
        return store.read(dsg -> dsg.stream(store.metaGraph(), Node.ANY,
                org.apache.jena.vocabulary.RDF.type.asNode(), org.paperkg.rdf.PKG.ExtractionRun.asNode()).count());
    }

    /** Starts an ingest, waits until it reports at least {@code atLeast} papers committed, kills it: returns the last count seen. */
    private static long ingestAndKill(Path store, Path seeds, long atLeast) throws Exception {
        Process p = paperkg(store, seeds).start();
        long committed = 0;
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    committed = Long.parseLong(m.group(1));
                    if (committed >= atLeast) {
                        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no clean close
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL: " + seen);
        return committed;
    }

    private static ProcessBuilder paperkg(Path store, Path seeds) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.paperkg.cli.Main", "ingest", "--store", store.toString(), "--batch", Integer.toString(BATCH), seeds.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).directory(new File("."));
    }
}
