package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.Iris;
import org.paperkg.store.Store;

/** With an allow-list, SERVICE reaches the endpoints on it (a second Fuseki on loopback) and nothing else. */
class ServiceAllowListTest {

    @Test
    void serviceCallsOnlyAllowedEndpoints(@TempDir Path dir) throws Exception {
        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        other.getDefaultGraph().add(NodeFactory.createURI("https://example.org/wikidata-like/Q1"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("linked item"));
        FusekiServer remote = FusekiServer.create().port(0).loopback(true).add("/other", other).build().start();
        String remoteSparql = "http://127.0.0.1:" + remote.getHttpPort() + "/other/sparql";
        try (Store store = Store.open(dir.resolve("kg"), Iris.standard());
             Server server = Server.start(store, new Server.Config("127.0.0.1", 0, 10, List.of(),
                     List.of("http://127.0.0.1:" + remote.getHttpPort() + "/other/"), Server.Config.DEFAULT_CONCURRENT_REQUESTS,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, Server.Config.DEFAULT_MAX_RESULTS), dir.resolve("run"))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/kg/sparql?query=";
            String allowed = "SELECT ?l WHERE { SERVICE <" + remoteSparql + "> { ?s ?p ?l } }";
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(allowed, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("linked item"), ok.body());
            String refused = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/elsewhere/sparql> { ?s ?p ?o } }";
            HttpResponse<String> no = http.send(HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(refused, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(422, no.statusCode(), no.statusCode() + " " + no.body());
            assertTrue(no.body().contains("not on this server's allow-list"), no.body());
            for (String climb : List.of("/other/%2e%2e/elsewhere/sparql", "/other/../elsewhere/sparql", "/other/%2E%2E/x")) {
                String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + remote.getHttpPort() + climb + "> { ?s ?p ?o } }";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(422, r.statusCode(), climb + ": " + r.body());
            }
        } finally {
            remote.stop();
        }
    }
}
