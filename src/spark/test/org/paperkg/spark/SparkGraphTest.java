package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Seeds;
import org.paperkg.dump.Dump;
import org.paperkg.dump.DumpFormat;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.source.InputError;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/**
 * The Spark job builds the graph ingest builds: on the seeds, its parts hold, in part order, exactly the lines of
 * {@code dump --format nq} after {@code ingest}, the meta graph aside (and each run's own IRI read as one), and they
 * load into a store that validates. Also when a task fails halfway and Spark runs it again.
 */
class SparkGraphTest {
    private static final Iris IRIS = Iris.standard();
    private static final String META = "<" + IRIS.graph("meta") + "> .";
    private static final String RUN = "<" + IRIS.base() + "/run/";

    @TempDir
    static Path tmp;
    static Path seeds;
    static List<String> ingested;
    static List<String> ingestErrors = new ArrayList<>();

    @BeforeAll
    static void ingestTheSeedsWhenThere() throws Exception {
        Optional<Path> found = Seeds.find();
        if (found.isPresent()) {
            seeds = found.get();
            ingested = ingestAndDump(seeds, tmp.resolve("store"), ingestErrors);
        }
    }

    /** What ingest into a new store and dump --format nq give, comparable; the rejected records go to {@code errors}. */
    private static List<String> ingestAndDump(Path input, Path storeDir, List<String> errors) throws Exception {
        try (Store store = Store.open(storeDir, IRIS)) {
            new Ingest(store, ExtractorHolder.base(), 2, 1000).run(List.of(input), SourceFormat.AUTO,
                    e -> errors.add(e.toString()), () -> {
                    });
            Path nq = storeDir.resolveSibling(storeDir.getFileName() + ".nq");
            Dump.write(store, DumpFormat.NQ, nq, null);
            return comparable(Files.readAllLines(nq, StandardCharsets.UTF_8));
        }
    }

    /**
     * With a store's names broadcast (--known-names), the job extracts as an ingest into that store does: the store
     * holds the papers of the first seeds file, the input is the other four; their paper graphs are the same,
     * known-name mentions included. (The entities graphs differ: the store's counts its own papers too. Papers of the
     * first file, which ingest leaves unchanged when they come again, are left out on both sides.)
     */
    @Test
    void withAStoresNamesThePapersAreThoseOfAnIngestIntoIt() throws Exception {
        assumeTrue(seeds != null, "no seeds corpus");
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Path first = files.get(0);
        List<Path> rest = files.subList(1, files.size());
        Path intoStore = tmp.resolve("names-ingest");
        Path namesStore = tmp.resolve("names-only");
        ingestAndDump(first, namesStore, new ArrayList<>());
        List<String> expected;
        try (Store store = Store.open(intoStore, IRIS)) {
            Ingest ingest = new Ingest(store, ExtractorHolder.base(), 2, 1000);
            ingest.run(List.of(first), SourceFormat.AUTO, e -> { }, () -> { });
            ingest.run(rest, SourceFormat.AUTO, e -> { }, () -> { });
            Path nq = tmp.resolve("names-ingest.nq");
            Dump.write(store, DumpFormat.NQ, nq, null);
            expected = paperGraphsOutside(first, comparable(Files.readAllLines(nq, StandardCharsets.UTF_8)));
        }
        List<String> input = rest.stream().map(Path::toString).toList();
        var names = StoreNames.read(namesStore, IRIS, input, SourceFormat.AUTO);
        Path out = tmp.resolve("spark-names");
        try (JavaSparkContext sc = new JavaSparkContext(localConf("local[2]"))) {
            GraphJob.Summary s = GraphJob.run(sc, new GraphJob.Settings(input, SourceFormat.AUTO, out.toString(), 8, 3, IRIS, names));
            List<String> spark = paperGraphsOutside(first, comparable(partLines(out, s)));
            assertEquals(expected, spark);
            assertTrue(spark.stream().anyMatch(l -> l.contains("\"known-name\"")), "names of the first file are found again");
        }
    }

    /** The lines of paper graphs, those of the papers in {@code file} left out. */
    private static List<String> paperGraphsOutside(Path file, List<String> lines) {
        java.util.Set<String> left = new java.util.HashSet<>();
        org.paperkg.source.Sources.read(List.of(file), SourceFormat.AUTO, new org.paperkg.source.PaperSink() {
            @Override
            public void paper(org.paperkg.source.Paper p) {
                left.add("<" + IRIS.paper(p.id()) + ">");
            }

            @Override
            public void error(InputError e) {
            }
        });
        String papers = "<" + IRIS.base() + "/paper/";
        return lines.stream().filter(l -> {
            String graph = l.substring(l.lastIndexOf(" <") + 1, l.length() - 2);
            return graph.startsWith(papers) && !left.contains(graph);
        }).toList();
    }

    /**
     * The 42 files of the bad-input corpus (broken gzip, invalid UTF-8, repeated ids with other content, …): the job
     * rejects the records ingest rejects, with the same messages in the same order, and keeps the same graph.
     */
    @Test
    void sameRejectionsAndQuadsAsIngestOnBadInputs() throws Exception {
        Path bad = Path.of("src/test/resources/bad-inputs/files");
        List<String> errors = new ArrayList<>();
        List<String> expected = ingestAndDump(bad, tmp.resolve("bad-store"), errors);
        Path out = tmp.resolve("spark-bad");
        GraphJob.Summary s = runJob("local[2]", bad, out, false);
        assertEquals(errors, s.errors().stream().map(InputError::toString).toList());
        assertTrue(errors.size() > 20, "the corpus rejects records: " + errors.size());
        assertEquals(expected, comparable(partLines(out, s)));
    }

    @Test
    void sameQuadsAsIngestThenDump() throws IOException {
        assumeTrue(seeds != null, "no seeds corpus");
        Path out = tmp.resolve("spark");
        GraphJob.Summary s = runJob("local[2]", seeds, out, false);
        assertSame(out, s);
        // `paperkg load DIR` loads the parts into a store whose dump is ingest's again, and which validates: the job's
        // meta graph describes the run and the agent its mentions name.
        Path store = tmp.resolve("loaded");
        assertEquals(0, org.paperkg.cli.Main.commandLine().execute("load", "--store", store.toString(), out.toString()));
        assertEquals(0, org.paperkg.cli.Main.commandLine().execute("validate", "--store", store.toString()));
        try (Store loaded = Store.open(store, IRIS)) {
            Path nq = tmp.resolve("loaded.nq");
            Dump.write(loaded, DumpFormat.NQ, nq, null);
            assertEquals(ingested, comparable(Files.readAllLines(nq, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void sameQuadsWhenATaskFailsHalfwayAndIsRetried() throws IOException {
        assumeTrue(seeds != null, "no seeds corpus");
        Path out = tmp.resolve("spark-retried");
        GraphJob.Summary s = runJob("local[2,4]", seeds, out, true);
        assertSame(out, s);
    }

    /**
     * The parts load as they are into Virtuoso ({@code ld_dir} + {@code rdf_loader_run}, through the interop tests'
     * script), every statement of them. Skipped where Debian's virtuoso-opensource is missing, unless
     * PAPERKG_REQUIRE_INTEROP=1 (CI) makes that a failure.
     */
    @Test
    void partsLoadAsTheyAreIntoVirtuoso() throws Exception {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/virtuoso-t"));
        if ("1".equals(System.getenv("PAPERKG_REQUIRE_INTEROP"))) {
            assertTrue(ready, "virtuoso-opensource is required here");
        }
        assumeTrue(ready, "virtuoso-opensource not installed");
        Path out = tmp.resolve("spark-samples");
        GraphJob.Summary s = runJob("local[2]", Path.of("samples"), out, false);
        int isql = freePort();
        int http = freePort();
        Path vdir = tmp.resolve("virtuoso");
        Process start = new ProcessBuilder("src/test/interop/virtuoso.sh", "start", vdir.toString(), out.toString(),
                Integer.toString(isql), Integer.toString(http)).redirectErrorStream(true).start();
        String endpoint = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            assertTrue(start.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, start.exitValue(), endpoint);
            String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + IRIS.base() + "/\")) }";
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint + "?query="
                            + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            long loaded = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body())
                    .path("results").path("bindings").get(0).path("n").path("value").asLong();
            assertEquals(s.statements(), loaded, "every statement of the parts is in Virtuoso");
        } finally {
            new ProcessBuilder("src/test/interop/virtuoso.sh", "stop", vdir.toString(), Integer.toString(isql)).start()
                    .waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static SparkConf localConf(String master) {
        return new SparkConf().setAppName("paperkg-test").setMaster(master)
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
    }

    private static GraphJob.Summary runJob(String master, Path input, Path out, boolean failFirst) throws IOException {
        SparkConf conf = localConf(master).set(GraphJob.FAIL_FIRST_ATTEMPT, Boolean.toString(failFirst));
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            GraphJob.Settings settings = new GraphJob.Settings(List.of(input.toString()), SourceFormat.AUTO, out.toString(), 8, 3,
                    IRIS, null);
            GraphJob.Summary s = GraphJob.run(sc, settings);
            Description.write(sc.hadoopConfiguration(), out.toString(), IRIS, s);
            return s;
        }
    }

    private static void assertSame(Path out, GraphJob.Summary s) throws IOException {
        List<String> raw = partLines(out, s);
        List<String> sorted = new ArrayList<>(raw);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, raw, "the parts, in part order, are sorted as the dump is");
        assertEquals(new TreeSet<>(raw).size(), raw.size(), "no line twice");
        List<String> spark = comparable(raw);
        TreeSet<String> onlyIngest = new TreeSet<>(ingested);
        onlyIngest.removeAll(new java.util.HashSet<>(spark));
        TreeSet<String> onlySpark = new TreeSet<>(spark);
        onlySpark.removeAll(new java.util.HashSet<>(ingested));
        assertTrue(onlyIngest.isEmpty() && onlySpark.isEmpty(), () -> "ingest " + ingested.size() + " lines, spark " + spark.size()
                + "; only in ingest (" + onlyIngest.size() + "): " + first(onlyIngest) + "\nonly in spark (" + onlySpark.size() + "): "
                + first(onlySpark));
        assertEquals(ingested, spark);
        assertEquals(ingestErrors, s.errors().stream().map(InputError::toString).toList(), "the same records rejected, in the same order");
        assertTrue(Files.isRegularFile(out.resolve(Description.VOID_FILE)));
        assertEquals(s.parts().size(), Files.readAllLines(out.resolve(Description.SUMS_FILE)).size());
    }

    private static List<String> partLines(Path out, GraphJob.Summary s) throws IOException {
        List<String> raw = new ArrayList<>();
        for (PartWriter.Part p : s.parts()) {
            raw.addAll(gunzipLines(out.resolve(p.fileName())));
        }
        return raw;
    }

    /** The lines outside the meta graph, each run's IRI read as one. */
    private static List<String> comparable(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.endsWith(META)) {
                out.add(l.replaceAll(java.util.regex.Pattern.quote(RUN) + "[^>]*>", RUN + "*>"));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    private static String first(TreeSet<String> lines) {
        return String.join("\n", lines.stream().limit(15).toList());
    }

    private static List<String> gunzipLines(Path part) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(part)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
