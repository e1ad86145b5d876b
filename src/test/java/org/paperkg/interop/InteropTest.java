package org.paperkg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.Main;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.query.Catalogue;
import org.paperkg.query.QueryRunner;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/**
 * The dumps work in other triple stores, tested for real: the N-Quads and the N-Triples dump, written by {@code paperkg
 * dump}, load into Eclipse RDF4J, Oxigraph and Virtuoso, and every catalogue query gives the same answers on each as
 * on Jena's store. Values are compared by meaning: IRIs as they are,
 * numbers by value (Virtuoso and Oxigraph print 0.0250 as 0.025), GROUP_CONCAT lists as sets. rapper (raptor2)
 * checks the dumps' syntax as an independent parser. Oxigraph, Virtuoso and rapper are installed by .ci/run,
 * which sets PAPERKG_REQUIRE_INTEROP=1 so that a missing one fails instead of skipping.
 */
@Tag("slow")
class InteropTest {
    private static final boolean REQUIRED = "1".equals(System.getenv("PAPERKG_REQUIRE_INTEROP"));
    @TempDir
    static Path dir;
    private static Store store;
    private static Path nq;
    private static Path nt;
    private static Path ttl;
    private static final Map<String, Query> QUERIES = new LinkedHashMap<>();
    private static final Map<String, List<String>> JENA = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path kg = dir.resolve("kg");
        store = Store.open(kg, Iris.standard());
        List<Path> inputs = new ArrayList<>(List.of(Path.of("samples")));
        org.paperkg.Seeds.find().ifPresent(inputs::add);
        new Ingest(store, new Extractor(), 2, 1000).run(inputs, SourceFormat.AUTO, e -> {
        }, () -> {
        });
        store.close();
        // Dumped as users dump, through the command line (which once wrote to the store as it dumped).
        nq = dir.resolve("kg.nq");
        nt = dir.resolve("kg.nt");
        ttl = dir.resolve("kg.ttl");
        for (Path out : List.of(nq, nt, ttl)) {
            String name = out.getFileName().toString();
            assertEquals(0, Main.run("dump", "--store", kg.toString(), "--format", name.substring(name.indexOf('.') + 1),
                    "--out", out.toString()), "dump " + name);
        }
        store = Store.open(kg, Iris.standard());
        for (Catalogue.NamedQuery q : Catalogue.all()) {
            Query bound = QueryRunner.bind(q, Map.of());
            QUERIES.put(q.name(), bound);
            JENA.put(q.name(), store.read(dsg -> jena(bound, dsg)));
        }
    }

    /** A tool the test needs: required where CI installed it (a missing one fails), else its absence skips the test. */
    private static void needs(boolean ready, String requiredMessage, String skipMessage) {
        if (REQUIRED) {
            assertTrue(ready, requiredMessage);
        }
        assumeTrue(ready, skipMessage);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The answer of Jena over {@code dsg}, in the normal form (call it in a read transaction on a store). */
    private static List<String> jena(Query q, org.apache.jena.sparql.core.DatasetGraph dsg) {
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg)).build()) {
            TreeSet<String> rows = new TreeSet<>();
            List<String> list = new ArrayList<>();
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : q.getResultVars()) {
                        RDFNode n = s.get(v);
                        cells.add(n == null ? "" : cell(v, n.asNode()));
                    }
                    list.add(String.join("\t", cells));
                }
                list.sort(null);
                return list;
            }
            qe.execConstruct().getGraph().find().forEachRemaining(t ->
                    rows.add(cell("", t.getSubject()) + " " + cell("", t.getPredicate()) + " " + cell("", t.getObject())));
            return new ArrayList<>(rows);
        }
    }

    // ---- the one normal form all stores' answers are compared in ----------------------------------------------

    static String cell(String var, Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            return value(var, n.getLiteralLexicalForm(), n.getLiteralDatatypeURI(), n.getLiteralLanguage());
        }
        return "_:";
    }

    static String value(String var, String lexical, String datatype, String lang) {
        if (datatype != null && datatype.startsWith("http://www.w3.org/2001/XMLSchema#")) {
            String local = datatype.substring(datatype.indexOf('#') + 1);
            if (Arrays.asList("decimal", "integer", "int", "long", "double", "float", "nonNegativeInteger", "short").contains(local)) {
                return new BigDecimal(lexical).stripTrailingZeros().toPlainString();
            }
            if (local.equals("boolean")) {
                return lexical.equals("1") ? "true" : lexical.equals("0") ? "false" : lexical;
            }
        }
        if (var.equals("names")) {
            String[] parts = lexical.split(" \\| ");
            Arrays.sort(parts);
            return String.join(" | ", parts);
        }
        return lang == null || lang.isEmpty() ? lexical : lexical + "@" + lang;
    }

    private static void compare(String store, Map<String, List<String>> answers) {
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : JENA.entrySet()) {
            if (!e.getValue().equals(answers.get(e.getKey()))) {
                List<String> other = answers.get(e.getKey());
                differ.add(e.getKey() + ": Jena " + e.getValue().size() + " rows, " + store + " "
                        + (other == null ? "none" : other.size() + " rows") + firstDifference(e.getValue(), other));
            }
        }
        assertEquals(List.of(), differ, store + " answers differently");
        assertTrue(JENA.get("most-used-datasets").size() > 5, "the comparison compares something");
    }

    private static String firstDifference(List<String> a, List<String> b) {
        if (b == null) {
            return "";
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "; first difference: [" + a.get(i) + "] vs [" + b.get(i) + "]";
            }
        }
        return "";
    }

    @Test
    void noTripleStandsInTwoGraphs() throws IOException {
        // Stores that read the union of graphs as a multiset would count such a triple twice.
        long quads = Files.lines(nq).count();
        long triples = Files.lines(nt).count();
        assertEquals(quads, triples, "every triple in exactly one graph");
    }

    /** The N-Triples dump has no graphs: every catalogue query must answer on it as on the store (no GRAPH in them). */
    @Test
    void jenaGivesTheSameAnswersOnTheNTriplesDump() {
        org.apache.jena.sparql.core.DatasetGraph plain = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(plain);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        QUERIES.forEach((name, q) -> answers.put(name, jena(q, plain)));
        compare("Jena on the N-Triples dump", answers);
    }

    // ---- RDF4J ------------------------------------------------------------------------------------------

    @Test
    void rdf4jMemoryStoreGivesTheSameAnswers() throws IOException {
        compare("RDF4J (N-Quads)", rdf4jAnswers(nq, RDFFormat.NQUADS));
        compare("RDF4J (N-Triples)", rdf4jAnswers(nt, RDFFormat.NTRIPLES));
    }

    private static Map<String, List<String>> rdf4jAnswers(Path dump, RDFFormat format) throws IOException {
        SailRepository repo = new SailRepository(new MemoryStore());
        Map<String, List<String>> answers = new LinkedHashMap<>();
        try (RepositoryConnection c = repo.getConnection()) {
            c.add(dump.toFile(), format);
            assertEquals(store.size(), c.size(), dump + ": every statement loaded");
            for (Map.Entry<String, Query> e : QUERIES.entrySet()) {
                Query q = e.getValue();
                List<String> rows = new ArrayList<>();
                if (q.isSelectType()) {
                    try (TupleQueryResult r = c.prepareTupleQuery(q.toString()).evaluate()) {
                        for (BindingSet b : r) {
                            List<String> cells = new ArrayList<>();
                            for (String v : q.getResultVars()) {
                                Value val = b.getValue(v);
                                cells.add(val == null ? "" : rdf4j(v, val));
                            }
                            rows.add(String.join("\t", cells));
                        }
                    }
                    rows.sort(null);
                } else {
                    TreeSet<String> triples = new TreeSet<>();
                    for (Statement s : c.prepareGraphQuery(q.toString()).evaluate()) {
                        triples.add(rdf4j("", s.getSubject()) + " " + rdf4j("", s.getPredicate()) + " " + rdf4j("", s.getObject()));
                    }
                    rows.addAll(triples);
                }
                answers.put(e.getKey(), rows);
            }
        } finally {
            repo.shutDown();
        }
        return answers;
    }

    private static String rdf4j(String var, Value v) {
        if (v instanceof IRI iri) {
            return "<" + iri.stringValue() + ">";
        }
        if (v instanceof Literal l) {
            return value(var, l.getLabel(), l.getDatatype() == null ? null : l.getDatatype().stringValue(), l.getLanguage().orElse(null));
        }
        return v instanceof BNode ? "_:" : v.stringValue();
    }

    // ---- Oxigraph (npm, WebAssembly) ----------------------------------------------------------------------

    @Test
    void oxigraphGivesTheSameAnswers() throws Exception {
        Path scripts = Path.of("src/test/interop");
        boolean ready = Files.isDirectory(scripts.resolve("node_modules/oxigraph"));
        needs(ready, "src/test/interop/node_modules/oxigraph is required here (npm ci)", "oxigraph not installed");
        compare("Oxigraph (N-Quads)", oxigraphAnswers(scripts, nq));
        compare("Oxigraph (N-Triples)", oxigraphAnswers(scripts, nt));
    }

    private static Map<String, List<String>> oxigraphAnswers(Path scripts, Path dump) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        QUERIES.forEach((k, q) -> texts.put(k, q.toString()));
        Path queries = dir.resolve("queries.json");
        new ObjectMapper().writeValue(queries.toFile(), texts);
        Process node = new ProcessBuilder("node", "oxigraph-answers.mjs", dump.toAbsolutePath().toString(), queries.toAbsolutePath().toString())
                .directory(scripts.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        assertTrue(node.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, node.exitValue());
        JsonNode all = new ObjectMapper().readTree(out);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Query> e : QUERIES.entrySet()) {
            JsonNode a = all.get(e.getKey());
            List<String> rows = new ArrayList<>();
            if (e.getValue().isSelectType()) {
                rows.addAll(jsonRows(e.getValue(), a.get("rows"), "lang"));
            } else {
                rows.addAll(constructLines(String.join("\n", texts(a.get("triples"))) + "\n", Lang.NTRIPLES));
            }
            answers.put(e.getKey(), rows);
        }
        return answers;
    }

    /** Rows of JSON bindings (Oxigraph's terms or SPARQL JSON results), in the normal form, sorted. */
    private static List<String> jsonRows(Query q, JsonNode bindings, String langField) {
        List<String> rows = new ArrayList<>();
        for (JsonNode b : bindings) {
            List<String> cells = new ArrayList<>();
            for (String v : q.getResultVars()) {
                JsonNode t = b.get(v);
                cells.add(t == null || t.isNull() ? "" : term(v, t.get("type").asText(), t.get("value").asText(),
                        t.path("datatype").asText(null), t.path(langField).asText(null)));
            }
            rows.add(String.join("\t", cells));
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> texts(JsonNode array) {
        List<String> l = new ArrayList<>();
        array.forEach(n -> l.add(n.asText().endsWith(" .") ? n.asText() : n.asText() + " ."));
        return l;
    }

    private static String term(String var, String type, String value, String datatype, String lang) {
        return switch (type) {
            case "NamedNode", "uri" -> "<" + value + ">";
            case "Literal", "literal", "typed-literal" -> value(var, value, datatype, lang);
            default -> "_:";
        };
    }

    private static List<String> constructLines(String ntriples, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples, lang).parse(g);
        TreeSet<String> rows = new TreeSet<>();
        g.find().forEachRemaining(t -> rows.add(cell("", t.getSubject()) + " " + cell("", t.getPredicate()) + " " + cell("", t.getObject())));
        return new ArrayList<>(rows);
    }

    // ---- Virtuoso Open Source (Debian) ----------------------------------------------------------------------

    @Test
    void virtuosoGivesTheSameAnswers() throws Exception {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/virtuoso-t"));
        needs(ready, "virtuoso-opensource is required here", "virtuoso-opensource not installed");
        // The N-Triples dump goes into one graph, queried as the default graph; the N-Quads dump keeps its graphs,
        // and Virtuoso's default graph is then the union of all of them.
        compare("Virtuoso (N-Triples)", virtuosoAnswers(nt, "urn:paperkg:dump"));
        compare("Virtuoso (N-Quads)", virtuosoAnswers(nq, null));
    }

    private static Map<String, List<String>> virtuosoAnswers(Path dump, String defaultGraph) throws Exception {
        int isql = freePort();
        int http = freePort();
        Path vdir = dir.resolve("virtuoso-" + dump.getFileName());
        Process start = new ProcessBuilder("src/test/interop/virtuoso.sh", "start", vdir.toString(), dump.toString(),
                Integer.toString(isql), Integer.toString(http)).redirectErrorStream(true).start();
        String endpoint = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            assertTrue(start.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, start.exitValue(), endpoint);
            HttpClient http1 = HttpClient.newHttpClient();
            Map<String, List<String>> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Query> e : QUERIES.entrySet()) {
                Query q = e.getValue();
                String url = endpoint + "?" + (defaultGraph == null ? ""
                        : "default-graph-uri=" + URLEncoder.encode(defaultGraph, StandardCharsets.UTF_8) + "&")
                        + "query=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8);
                String accept = q.isSelectType() ? "application/sparql-results+json" : "text/plain";
                HttpResponse<String> r = http1.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), e.getKey() + ": " + r.body());
                List<String> rows = new ArrayList<>();
                if (q.isSelectType()) {
                    rows.addAll(jsonRows(q, new ObjectMapper().readTree(r.body()).path("results").path("bindings"), "xml:lang"));
                } else {
                    rows.addAll(constructLines(r.body(), Lang.NTRIPLES));
                }
                answers.put(e.getKey(), rows);
            }
            return answers;
        } finally {
            new ProcessBuilder("src/test/interop/virtuoso.sh", "stop", vdir.toString(), Integer.toString(isql)).start().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    // ---- rapper (raptor2): an independent syntax check --------------------------------------------------------

    @Test
    void rapperParsesTheDumps() throws Exception {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/rapper"));
        needs(ready, "raptor2-utils is required here", "rapper not installed");
        for (String[] f : new String[][] {{"ntriples", nt.toString()}, {"nquads", nq.toString()}, {"turtle", ttl.toString()}}) {
            Process p = new ProcessBuilder("rapper", "-q", "-i", f[0], "-c", f[1]).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), f[0] + ": " + out);
        }
    }
}
