package org.paperkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.serve.Server;
import org.paperkg.source.InputError;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/**
 * Entity identity and outward links: one entity per thing across papers, families kept apart, the registry's
 * identifiers as linksets whose VoID counts agree with the store, a user's mapping file, and a federated query
 * that joins our entities with a second (loopback) endpoint through SERVICE.
 */
class LinkingTest {
    private static final String PKG = "PREFIX pkg: <https://w3id.org/paperkg/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX void: <http://rdfs.org/ns/void#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n";

    @TempDir
    static Path dir;
    private static Store store;

    @BeforeAll
    static void ingest() throws Exception {
        // Paper 1 defines "Sparse Kite Pooling (SKP)"; a later ingest brings paper 2 (SKP alone) and paper 3 (the long
        // form alone), where no rule would find the name without knowing it from the store.
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, record("link-1", "Kite Pooling for Small Images",
                "We introduce Sparse Kite Pooling (SKP), a pooling layer for convolutional neural networks. With ResNet-50 "
                        + "as the backbone, SKP improves top-1 accuracy on ImageNet by 1.2 points.") + "\n");
        Path later = dir.resolve("later.jsonl");
        Files.writeString(later, String.join("\n",
                record("link-2", "Pooling Layers Revisited",
                        "We compare SKP with max pooling in ResNet-101 and BERT encoders, and evaluate on CIFAR-10 and SQuAD."),
                record("link-3", "Sparse Pooling at Scale",
                        "Sparse Kite Pooling is applied to a ResNet-50 trained on ImageNet-1K and to a random forest baseline.")) + "\n");
        store = Store.open(dir.resolve("kg"), Iris.standard());
        Extractor extractor = new Extractor();
        for (Path corpus : List.of(first, later)) {
            new Ingest(store, extractor, 2, 100).run(List.of(corpus), SourceFormat.AUTO, e -> {
                throw new AssertionError(e.toString());
            }, () -> {
            });
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String record(String id, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText + "\"}";
    }

    private static List<String> select(String query) {
        return store.read(dsg -> {
            List<String> rows = new ArrayList<>();
            try (var qe = QueryExecutionFactory.create(PKG + query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> cells = new ArrayList<>();
                    rs.getResultVars().forEach(v -> cells.add(s.get(v) == null ? "" : s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.get(v).toString().replace("https://w3id.org/paperkg/", "")));
                    rows.add(String.join(",", cells));
                }
            }
            return rows;
        });
    }

    @Test
    void anAcronymAndItsLongFormInLaterPapersAreOneEntityWithBothNames() {
        assertEquals(List.of("method/skp,SKP,3"), select("""
                SELECT ?e ?label ?papers WHERE { GRAPH ?g { ?e rdfs:label ?label ; pkg:paperCount ?papers }
                  FILTER(?label = "SKP" || ?label = "Sparse Kite Pooling") }"""));
        assertEquals(List.of("Sparse Kite Pooling"), select("""
                SELECT ?alt WHERE { GRAPH ?g { <https://w3id.org/paperkg/method/skp> skos:altLabel ?alt } }"""));
        assertEquals(List.of("link-2,SKP,known-name", "link-3,Sparse Kite Pooling,known-name"), select("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?paper ?name ?rule WHERE { GRAPH ?g { ?m oa:hasBody <https://w3id.org/paperkg/method/skp> ; pkg:rule ?rule ;
                  oa:hasTarget/oa:hasSelector/oa:exact ?name } FILTER(?g != <https://w3id.org/paperkg/paper/link-1>)
                  BIND(REPLACE(STR(?g), ".*/", "") AS ?paper) } ORDER BY ?paper"""));
    }

    @Test
    void versionsOfAFamilyStayTwoEntitiesBothNarrowerThanTheFamily() {
        assertEquals(List.of("method/resnet-101,method/resnet", "method/resnet-50,method/resnet"), select("""
                SELECT ?e ?family WHERE { GRAPH ?g { ?e skos:broader ?family ; a pkg:Method } } ORDER BY ?e"""));
        assertEquals(List.of("ResNet"), select("""
                SELECT ?l WHERE { GRAPH ?g { <https://w3id.org/paperkg/method/resnet> rdfs:label ?l } }"""));
    }

    @Test
    void registryIdentifiersBecomeLinksetsWhoseVoidCountsAgreeWithTheStore() {
        assertEquals(List.of(
                "dataset/cifar-10,https://huggingface.co/datasets/uoft-cs/cifar10",
                "dataset/imagenet-1k,https://huggingface.co/datasets/ILSVRC/imagenet-1k",
                "dataset/squad,https://huggingface.co/datasets/rajpurkar/squad"), select("""
                SELECT ?e ?hf WHERE { GRAPH <https://w3id.org/paperkg/graph/links/huggingface> { ?e skos:exactMatch ?hf } }
                ORDER BY ?e"""));
        assertEquals(List.of(
                "dataset/imagenet,http://www.wikidata.org/entity/Q24901201",
                "method/bert,http://www.wikidata.org/entity/Q61726893",
                "method/convolutional-neural-network,http://www.wikidata.org/entity/Q17084460",
                "method/random-forest,http://www.wikidata.org/entity/Q245748"), select("""
                SELECT ?e ?wd WHERE { GRAPH <https://w3id.org/paperkg/graph/links/wikidata> { ?e skos:exactMatch ?wd } }
                ORDER BY ?e"""));
        List<String> described = select("""
                SELECT ?set ?declared (COUNT(?s) AS ?actual) WHERE {
                  GRAPH ?meta { ?set a void:Linkset ; void:triples ?declared ; void:linkPredicate skos:exactMatch ;
                                     void:objectsTarget ?target }
                  GRAPH ?set { ?s ?p ?o } }
                GROUP BY ?set ?declared ORDER BY ?set""");
        assertEquals(2, described.size(), described.toString());
        for (String row : described) {
            String[] cells = row.split(",");
            assertEquals(cells[1], cells[2], "declared size equals the links stored: " + row);
        }
    }

    @Test
    void aMappingFileAddsCheckedLinksAndReportsEachBadRow() throws Exception {
        Path csv = dir.resolve("links.csv");
        Files.writeString(csv, String.join("\n",
                "entity,target,predicate",
                "SKP,https://example.org/methods/sparse-kite-pooling,",
                "https://w3id.org/paperkg/dataset/cifar-10,http://www.wikidata.org/entity/Q1234567890,owl:sameAs",
                "No Such Method,https://example.org/x,",
                "SKP,not an iri,",
                "SKP,https://example.org/y,skos:broadMatch",
                "ImageNet,,") + "\n");
        List<InputError> errors = new ArrayList<>();
        LinkImport.Result r = LinkImport.run(store, csv, errors::add);
        assertEquals(6, r.rows());
        assertEquals(2, r.stored());
        assertEquals(List.of(
                csv + ":4: no entity in the store is named \"No Such Method\"; row skipped",
                csv + ":5: target \"not an iri\" is not an absolute http(s) IRI; row skipped",
                csv + ":6: predicate \"skos:broadMatch\" is not one of skos:exactMatch, skos:closeMatch, owl:sameAs; row skipped",
                csv + ":7: entity and target are both needed; row skipped"), errors.stream().map(InputError::toString).toList());
        assertEquals(List.of("method/skp,https://example.org/methods/sparse-kite-pooling"), select("""
                SELECT ?e ?t WHERE { GRAPH <https://w3id.org/paperkg/graph/links/import-example-org> { ?e skos:exactMatch ?t } }"""));
        assertEquals(List.of("dataset/cifar-10,http://www.wikidata.org/entity/Q1234567890,1"), select("""
                SELECT ?e ?t ?n WHERE { GRAPH ?set { ?e owl:sameAs ?t }
                  GRAPH ?meta { ?set a void:Linkset ; void:linkPredicate owl:sameAs ; void:triples ?n } }"""));
    }

    @Test
    void aFederatedQueryJoinsOurEntitiesWithALinkedEndpointWhenTheAllowListPermits(@TempDir Path run) throws Exception {
        // A second SPARQL endpoint on loopback, standing in for Wikidata: labels of the items our linkset points at.
        DatasetGraph wikidataLike = DatasetGraphFactory.createTxnMem();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        wikidataLike.getDefaultGraph().add(NodeFactory.createURI("http://www.wikidata.org/entity/Q61726893"), label,
                NodeFactory.createLiteralLang("BERT (language model)", "en"));
        wikidataLike.getDefaultGraph().add(NodeFactory.createURI("http://www.wikidata.org/entity/Q24901201"), label,
                NodeFactory.createLiteralLang("ImageNet", "en"));
        FusekiServer remote = FusekiServer.create().port(0).loopback(true).add("/wd", wikidataLike).build().start();
        String endpoint = "http://127.0.0.1:" + remote.getHttpPort() + "/wd/sparql";
        String query = PKG + "SELECT ?entity ?name WHERE { GRAPH ?links { ?entity skos:exactMatch ?item } "
                + "SERVICE <" + endpoint + "> { ?item rdfs:label ?name } } ORDER BY ?entity";
        HttpClient http = HttpClient.newHttpClient();
        try (Server allowed = Server.start(store, new Server.Config("127.0.0.1", 0, 10, List.of(),
                List.of("http://127.0.0.1:" + remote.getHttpPort() + "/wd/"), Server.Config.DEFAULT_CONCURRENT_REQUESTS,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, Server.Config.DEFAULT_MAX_RESULTS), run.resolve("a"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + allowed.port()
                    + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            Set<String> rows = new TreeSet<>(r.body().replace("\r", "").lines().skip(1).toList());
            assertEquals(Set.of("https://w3id.org/paperkg/dataset/imagenet,ImageNet",
                    "https://w3id.org/paperkg/method/bert,BERT (language model)"), rows);
        }
        try (Server closed = Server.start(store, new Server.Config("127.0.0.1", 0, 10, List.of(), List.of(),
                Server.Config.DEFAULT_CONCURRENT_REQUESTS,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, Server.Config.DEFAULT_MAX_RESULTS),
                run.resolve("b"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port()
                    + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, "SERVICE is off without an allow-list: " + r.statusCode());
        } finally {
            remote.stop();
        }
    }
}
