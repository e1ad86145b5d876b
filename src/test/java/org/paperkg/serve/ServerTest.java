package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/** A real paperkg server on a free loopback port over a store of the sample corpus; every answer checked on the wire. */
class ServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The timeout tests need cross products that run long; the row limit would stop them first (its own test below). */
    private static final int NO_ROW_LIMIT = Integer.MAX_VALUE;
    private static final String COUNT_PAPERS = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
    @TempDir
    static Path dir;
    private static Store store;
    private static Server server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("kg"), Iris.standard());
        new Ingest(store, new Extractor(), 2, 100).run(List.of(Path.of("samples")), SourceFormat.AUTO, e -> {
        }, () -> {
        });
        server = Server.start(store, new Server.Config("127.0.0.1", 0, 2,
                List.of("https://analyst.example"), List.of(), Server.Config.DEFAULT_CONCURRENT_REQUESTS,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, NO_ROW_LIMIT), dir.resolve("run"));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            r.header("Accept", accept);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String user, String password) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void queriesAnswerInEveryStandardResultFormatOverGetAndPost() throws Exception {
        String[][] formats = {{"application/sparql-results+json", "\"value\": \"5\""}, {"application/sparql-results+xml", "<binding name=\"n\">"},
                {"text/csv", "n\r\n5"}, {"text/tab-separated-values", "?n\n5"}};
        for (String[] f : formats) {
            HttpResponse<String> r = get("/kg/sparql" + q(COUNT_PAPERS), f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(type(r).startsWith(f[0]), type(r));
            assertTrue(r.body().contains(f[1]), f[0] + ": " + r.body());
        }
        HttpResponse<String> post = post("/kg/sparql", "application/sparql-query", COUNT_PAPERS, null, null);
        assertEquals(200, post.statusCode());
        assertTrue(post.body().contains(">5</literal>"), "XML when no Accept header says otherwise: " + post.body());
        // The union default graph: no GRAPH clause needed, and entity descriptions join paper triples.
        HttpResponse<String> join = get("/kg/sparql" + q("PREFIX pkg: <https://w3id.org/paperkg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?p pkg:usesDataset ?d . ?d rdfs:label ?l } ORDER BY ?l"),
                "text/csv");
        assertTrue(join.body().contains("ImageNet-1K") && join.body().contains("WikiText-103"), join.body());
        HttpResponse<String> construct = get("/kg/sparql" + q("CONSTRUCT WHERE { ?s a <https://w3id.org/paperkg/ontology#Paper> }"), "text/turtle");
        assertEquals(200, construct.statusCode());
        assertTrue(type(construct).startsWith("text/turtle"), type(construct));
        HttpResponse<String> graph = get("/kg/get?graph=" + URLEncoder.encode("https://w3id.org/paperkg/graph/entities", StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("<https://w3id.org/paperkg/method/kitenet>"));
    }

    @Test
    void theGraphStoreDefaultGraphIsTheUnionQueriesSee() throws Exception {
        // GET ?default served TDB2's stored default graph, always empty here, while queries see the union of the graphs.
        HttpResponse<String> dflt = get("/kg/get?default", "application/n-triples");
        assertEquals(200, dflt.statusCode());
        Model got = ModelFactory.createDefaultModel();
        RDFParser.fromString(dflt.body(), Lang.NTRIPLES).parse(got);
        HttpResponse<String> all = get("/kg/sparql" + q("CONSTRUCT WHERE { ?s ?p ?o }"), "application/n-triples");
        Model seen = ModelFactory.createDefaultModel();
        RDFParser.fromString(all.body(), Lang.NTRIPLES).parse(seen);
        assertTrue(seen.size() > 1000, "the store holds the samples: " + seen.size());
        assertTrue(got.isIsomorphicWith(seen), "GET ?default holds " + got.size() + " triples, queries see " + seen.size());
        // A named graph is still that graph alone.
        HttpResponse<String> entities = get("/kg/get?graph=" + URLEncoder.encode("https://w3id.org/paperkg/graph/entities",
                StandardCharsets.UTF_8), "application/n-triples");
        assertTrue(entities.body().lines().count() < seen.size());
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noUpdateChangesTheStoreWhateverWayItIsSent() throws Exception {
        // An update would change paper graphs without the entity bookkeeping: every way of sending one is refused, and
        // the store is as it was (no write transaction even began, so the served dump and VoID stay valid).
        Store.DataVersion before = store.dataVersion();
        String insert = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> \"added\" } }";
        String form = "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8);
        String sparqlUpdate = "application/sparql-update";
        String formType = "application/x-www-form-urlencoded";
        for (String[] r : new String[][] {{"/kg/update", sparqlUpdate, insert}, {"/kg/update", formType, form},
                {"/kg/sparql", sparqlUpdate, insert}, {"/kg", sparqlUpdate, insert}, {"/kg/update", sparqlUpdate, "CLEAR ALL"}}) {
            HttpResponse<String> answer = post(r[0], r[1], r[2], "editor", "s3cret");
            assertEquals(403, answer.statusCode(), r[0] + " " + r[1] + ": " + answer.body());
            assertTrue(answer.body().contains("SPARQL Update is not offered") && answer.body().contains("paperkg ingest, load or link"),
                    answer.body());
        }
        // An update form sent to the dataset, and Graph Store writes, find no operation to run.
        int viaForm = post("/kg", formType, form, null, null).statusCode();
        assertTrue(viaForm >= 400 && viaForm < 500, "an update form on /kg: " + viaForm);
        String triple = "<https://example.org/s> <https://example.org/p> \"added\" .";
        for (String method : List.of("PUT", "POST", "DELETE")) {
            for (String path : List.of("/kg/get?graph=https://example.org/g", "/kg?graph=https://example.org/g", "/kg/get?default")) {
                int status = send(method, path, "application/n-triples", triple).statusCode();
                assertTrue(status >= 400 && status < 500, method + " " + path + ": " + status);
            }
        }
        assertFalse(get("/kg/sparql" + q("SELECT ?o WHERE { ?s ?p \"added\" }"), "text/csv").body().contains("added"));
        assertEquals(before, store.dataVersion(), "no write transaction began");
    }

    @Test
    void loadReadsNoFileAndNoUrl() throws Exception {
        java.nio.file.Path secret = dir.resolve("secret.nt");
        java.nio.file.Files.writeString(secret, "<https://example.org/secret> <https://example.org/p> \"leaked\" .\n");
        for (String source : List.of(secret.toUri().toString(), "file:///etc/passwd", base + "/kg/get?default")) {
            String load = "LOAD <" + source + "> INTO GRAPH <https://example.org/loaded>";
            HttpResponse<String> r = post("/kg/update", "application/sparql-update", load, "editor", "s3cret");
            assertEquals(403, r.statusCode(), source + ": " + r.body());
            assertFalse(r.body().contains("root:"), "no word of the file in the answer");
            // Should an update ever run on the served dataset, LOAD is still refused there (issue 18).
            org.apache.jena.sparql.core.DatasetGraph guarded = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            LoadAllowList.guard(guarded, List.of());
            Exception refused = org.junit.jupiter.api.Assertions.assertThrows(org.apache.jena.query.QueryParseException.class,
                    () -> org.apache.jena.update.UpdateAction.parseExecute(load, guarded));
            assertTrue(refused.getMessage().contains("LOAD is off"), refused.getMessage());
            assertTrue(org.apache.jena.system.Txn.calculateRead(guarded, guarded::isEmpty));
        }
        assertFalse(get("/kg/sparql" + q("SELECT * WHERE { GRAPH ?g { ?s ?p \"leaked\" } }"), "text/csv").body().contains("secret"));
        List<String> ok = List.of("http://data.example/dumps/");
        assertTrue(IriPrefixes.allows("http://data.example/dumps/a.nt", ok));
        assertFalse(IriPrefixes.allows("http://data.example/dumps/../private/a.nt", ok));
        assertFalse(IriPrefixes.allows("http://data.example/dumps/%2e%2e/private/a.nt", ok));
        assertFalse(IriPrefixes.allows("file:///data.example/dumps/a.nt", List.of("file:///")));
    }

    @Test
    void aHugeOrDeeplyNestedQueryIsRefusedBeforeItIsParsed() throws Exception {
        String huge = "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(Server.Config.DEFAULT_MAX_QUERY_BYTES) + "\") }";
        HttpResponse<String> big = post("/kg/sparql", "application/sparql-query", huge, null, null);
        assertEquals(413, big.statusCode(), big.body().substring(0, Math.min(200, big.body().length())));
        for (String open : List.of("{", "OPTIONAL {")) {
            String deep = "SELECT * WHERE " + (open + " ").repeat(1000) + "?s ?p ?o" + " }".repeat(1000);
            HttpResponse<String> r = post("/kg/sparql", "application/sparql-query", deep, null, null);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("nested 1000 deep"), r.body());
            assertTrue(r.body().strip().lines().count() <= 3, "a short reason, no stack trace: " + r.body());
        }
        String fine = "SELECT (COUNT(*) AS ?n) WHERE { { { ?s ?p ?o } } }";
        assertEquals(200, post("/kg/sparql", "application/sparql-query", fine, null, null).statusCode());
        assertEquals(3, QueryLimits.depth("SELECT * WHERE { { ?s ?p \"{{{{\" # {{{\n FILTER(?x) } }"));
    }

    @Test
    void serviceIsRefusedSoTheServerFetchesNoUrl() throws Exception {
        HttpResponse<String> r = get("/kg/sparql" + q("SELECT * WHERE { SERVICE <" + base + "/kg/sparql> { ?s ?p ?o } } LIMIT 1"),
                "application/sparql-results+json");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
    }

    @Test
    void aTimeoutIsAnErrorNeverAnEmptyOrCutResult() throws Exception {
        // A three-way cross product that finds rows now and then: Fuseki alone would start a 200 and cut it short.
        String slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRENDS(STR(?c), \"7\")) }";
        for (String accept : List.of("application/sparql-results+json", "text/csv")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("/kg/sparql" + q(slow), accept);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), accept + ": " + r.body().substring(0, Math.min(200, r.body().length())));
            assertTrue(r.body().contains("Query timed out") || r.body().toLowerCase().contains("timeout"), r.body());
            assertTrue(seconds < 20, "stopped near the 2 s timeout, took " + seconds);
        }
        // The filter needs all three patterns, so it cannot be pushed down: slow, and it would find nothing.
        String empty = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), \"no\")) }";
        assertEquals(503, get("/kg/sparql" + q(empty), "application/sparql-results+json").statusCode(),
                "a query that would find nothing in time is not answered with an empty result");
    }

    @Test
    void anAnswerPastMaxResultsIsRefusedWithAReason() throws Exception {
        try (Server small = Server.start(store, new Server.Config("127.0.0.1", 0, 10, List.of(), List.of(), 2,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, 50), dir.resolve("run-small"))) {
            String at = "http://127.0.0.1:" + small.port() + "/kg/sparql";
            HttpResponse<String> cross = HTTP.send(HttpRequest.newBuilder(URI.create(at + q("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, cross.statusCode(), cross.body());
            assertTrue(cross.body().contains("more than 50 rows"), cross.body());
            HttpResponse<String> paged = HTTP.send(HttpRequest.newBuilder(URI.create(at + q("SELECT * WHERE { ?a ?b ?c } LIMIT 50")))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, paged.statusCode(), paged.body());
            assertEquals(51, paged.body().lines().count(), "a header and the 50 rows");
        }
    }

    @Test
    void requestsTakeTurnsAndAPingIsAnsweredOutOfTurn() throws Exception {
        String slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRENDS(STR(?c), \"7\")) }";
        try (Server one = Server.start(store, new Server.Config("127.0.0.1", 0, 2, List.of(), List.of(), 1,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, NO_ROW_LIMIT),
                dir.resolve("run-one"))) {
            String at = "http://127.0.0.1:" + one.port();
            var busy = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(at + "/kg/sparql" + q(slow))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            long t0 = System.nanoTime();
            var waiting = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(at + "/kg/sparql" + q(COUNT_PAPERS)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            assertFalse(waiting.isDone(), "the count waits while the slow query has the only turn");
            assertEquals(503, busy.get().statusCode(), "the slow query still ends at its timeout");
            HttpResponse<String> count = waiting.get();
            assertEquals(200, count.statusCode(), count.body());
            assertTrue(count.body().lines().skip(1).findFirst().map(n -> Integer.parseInt(n.strip()) > 0).orElse(false), count.body());
            assertTrue((System.nanoTime() - t0) / 1e9 > 0.5, "the count was answered only after the slow query's turn");
        }
    }

    @Test
    void iriesDereferenceWithTheRightContentTypeEveryTime() throws Exception {
        String[][] cases = {{"text/turtle", "text/turtle", "TTL"}, {"application/n-triples", "application/n-triples", "NT"},
                {"application/ld+json", "application/ld+json", "JSONLD"}, {"application/rdf+xml", "application/rdf+xml", "RDFXML"},
                {null, "text/turtle", "TTL"}, {"*/*", "text/turtle", "TTL"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get("/method/kitenet", c[0]);
            assertEquals(200, r.statusCode());
            assertTrue(type(r).startsWith(c[1]), c[0] + " -> " + type(r));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[2])).base(base).parse(m);
            assertTrue(m.contains(m.getResource("https://w3id.org/paperkg/method/kitenet"),
                    org.apache.jena.vocabulary.RDFS.label, "KiteNet"), c[0]);
        }
        HttpResponse<String> html = get("/method/kitenet", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(type(html).startsWith("text/html"), type(html));
        assertTrue(html.body().contains("<h1>KiteNet</h1>") && html.body().contains("KiteNet: Sparse Kernels"), html.body());
        HttpResponse<String> paper = get("/method/oa", "text/html");
        assertTrue(paper.body().contains("Also called:</b> Orbit Attention"), paper.body());
        assertEquals(404, get("/method/no-such-method", "text/turtle").statusCode());
        assertEquals(406, get("/method/kitenet", "image/png").statusCode());
        assertTrue(type(get("/method/kitenet?format=jsonld", "text/html")).startsWith("application/ld+json"));
    }

    @Test
    void uiVoidMetricsAndNoAdminApi() throws Exception {
        HttpResponse<String> ui = get("/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(type(ui).startsWith("text/html"));
        assertTrue(ui.body().toLowerCase().contains("fuseki"), ui.body().substring(0, Math.min(300, ui.body().length())));
        HttpResponse<String> serverInfo = get("/$/server", "application/json");
        assertEquals(200, serverInfo.statusCode());
        assertTrue(serverInfo.body().contains("/kg"), serverInfo.body());
        HttpResponse<String> v = get("/.well-known/void", "text/turtle");
        assertEquals(200, v.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(v.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.getResource("https://w3id.org/paperkg/dataset"), org.apache.jena.vocabulary.RDF.type,
                m.getResource("http://rdfs.org/ns/void#Dataset")), v.body());
        HttpResponse<String> metrics = get("/$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("fuseki_requests"), metrics.body().substring(0, Math.min(300, metrics.body().length())));
        // The admin API is not there: nothing can create, delete, back up or compact a dataset.
        for (String admin : List.of("/$/datasets", "/$/backup/kg", "/$/compact/kg", "/$/tasks")) {
            assertEquals(404, get(admin, null).statusCode(), admin);
            int status = post(admin, "application/x-www-form-urlencoded", "dbName=evil&dbType=mem", null, null).statusCode();
            assertTrue(status == 404 || status == 405, admin + " " + status);
        }
        assertFalse(get("/$/server", "application/json").body().contains("evil"));
        for (String status : List.of("/$/server", "/$/stats", "/$/stats/kg", "/$/ping", "/$/metrics")) {
            assertEquals(405, post(status, "application/x-www-form-urlencoded", "x=1", null, null).statusCode(), status);
        }
        assertEquals(200, get("/$/stats", "application/json").statusCode());
    }

    @Test
    void corsHeadersOnlyForConfiguredOrigins() throws Exception {
        HttpRequest allowed = HttpRequest.newBuilder(URI.create(base + "/kg/sparql" + q(COUNT_PAPERS)))
                .header("Origin", "https://analyst.example").header("Accept", "application/sparql-results+json").build();
        assertEquals("https://analyst.example", HTTP.send(allowed, HttpResponse.BodyHandlers.ofString()).headers()
                .firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpRequest other = HttpRequest.newBuilder(URI.create(base + "/kg/sparql" + q(COUNT_PAPERS)))
                .header("Origin", "https://elsewhere.example").build();
        assertNull(HTTP.send(other, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(base + "/kg/sparql")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://analyst.example").header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> p = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, p.statusCode());
        assertFalse(p.headers().firstValue("Access-Control-Allow-Methods").orElse("").isEmpty());
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).base(base).parse(m);
        return m;
    }

    @Test
    void theOntologyShapesAndAlignmentsDereferenceFromTheJar() throws Exception {
        String[][] cases = {{"text/turtle", "TTL"}, {"application/n-triples", "NT"}, {"application/ld+json", "JSONLD"},
                {"application/rdf+xml", "RDFXML"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get("/ontology", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(type(r).startsWith(c[0]), c[0] + " -> " + type(r));
            Model m = parse(r, org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertTrue(m.contains(m.getResource("https://w3id.org/paperkg/ontology"), org.apache.jena.vocabulary.RDF.type,
                    org.apache.jena.vocabulary.OWL.Ontology), c[0]);
            assertTrue(m.contains(m.getResource("https://w3id.org/paperkg/ontology#Paper"), org.apache.jena.vocabulary.RDF.type,
                    org.apache.jena.vocabulary.OWL.Class), c[0]);
        }
        HttpResponse<String> html = get("/ontology", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(type(html).startsWith("text/html") && html.body().contains("<h1>paperkg ontology</h1>"), html.body());
        Model shapes = parse(get("/shapes", "text/turtle"), Lang.TURTLE);
        assertTrue(shapes.contains(shapes.getResource("https://w3id.org/paperkg/shapes#Paper"), org.apache.jena.vocabulary.RDF.type,
                shapes.getResource("http://www.w3.org/ns/shacl#NodeShape")));
        Model alignments = parse(get("/alignments", "text/turtle"), Lang.TURTLE);
        assertTrue(alignments.contains(alignments.getResource("https://w3id.org/paperkg/alignments"),
                org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Ontology));
    }

    @Test
    void namedGraphsDereferenceToTheirTriples() throws Exception {
        String entities = "https://w3id.org/paperkg/graph/entities";
        long stored = store.read(dsg -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(entities)).size());
        String[][] cases = {{"text/turtle", "TTL"}, {"application/n-triples", "NT"}, {"application/ld+json", "JSONLD"},
                {"application/rdf+xml", "RDFXML"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get("/graph/entities", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(type(r).startsWith(c[0]), c[0] + " -> " + type(r));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Model m = parse(r, org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertTrue(m.contains(m.getResource("https://w3id.org/paperkg/method/kitenet"),
                    org.apache.jena.vocabulary.RDFS.label, "KiteNet"), c[0]);
            assertTrue(m.size() >= stored, c[0] + ": " + m.size() + " of " + stored);
        }
        HttpResponse<String> html = get("/graph/entities", "text/html");
        assertTrue(type(html).startsWith("text/html"), type(html));
        assertTrue(html.body().contains(Long.toString(stored)) && html.body().contains("/kg/get?graph="), html.body());
        Model meta = parse(get("/graph/meta", "text/turtle"), Lang.TURTLE);
        assertTrue(meta.contains(null, org.apache.jena.vocabulary.RDF.type,
                meta.getResource("http://www.w3.org/ns/prov#Activity")), "the meta graph holds the runs");
        assertEquals(404, get("/graph/no-such-graph", "text/turtle").statusCode());
        // A paper's graph IRI is the paper's IRI, dereferenced as the paper.
        HttpResponse<String> papers = get("/kg/sparql" + q("SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/paperkg/ontology#Paper> } } LIMIT 1"),
                "text/csv");
        String paper = papers.body().lines().skip(1).findFirst().orElseThrow().strip();
        assertEquals(200, get(paper.substring("https://w3id.org/paperkg".length()), "text/turtle").statusCode(), paper);
    }

    @Test
    void theDumpVoidAdvertisesIsServed() throws Exception {
        Model v = parse(get("/.well-known/void", "text/turtle"), Lang.TURTLE);
        var dumps = v.listObjectsOfProperty(v.getResource("https://w3id.org/paperkg/dataset"),
                v.getProperty("http://rdfs.org/ns/void#dataDump")).toList();
        assertEquals(1, dumps.size(), dumps.toString());
        String url = dumps.get(0).asResource().getURI();
        assertTrue(url.startsWith("https://w3id.org/paperkg/"), url);
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + url.substring("https://w3id.org/paperkg".length())))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", type(r));
        assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElse(null));
        // Written once per data version: the next request gets the same file, by its checksum.
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(r.uri()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(r.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
        assertTrue(java.util.Arrays.equals(r.body(), again.body()));
        org.apache.jena.sparql.core.DatasetGraph dump = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.source(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))).lang(Lang.NQUADS).parse(dump);
        assertEquals(store.size(), dump.stream().count(), "every statement of the store");
        assertTrue(dump.contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/graph/entities"),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/method/kitenet"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("KiteNet")));
    }
}
