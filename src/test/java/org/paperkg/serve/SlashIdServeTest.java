package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.store.Store;

/** A paper with an old-style arXiv id (cs/0112017) has an IRI with a plain slash, and serve dereferences it. */
class SlashIdServeTest {
    @TempDir
    Path dir;

    @Test
    void anOldStyleArxivPaperDereferences() throws Exception {
        Iris iris = Iris.standard();
        String iri = iris.paper("cs/0112017");
        assertFalse(iri.contains("%2F"), iri);
        Node paper = NodeFactory.createURI(iri);
        try (Store store = Store.open(dir.resolve("kg"), iris)) {
            org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            graph.add(paper, RDF.type.asNode(), PKG.Paper.asNode());
            graph.add(paper, DCTerms.title.asNode(), NodeFactory.createLiteralString("An Old Paper"));
            store.write(List.of(new org.paperkg.store.PaperUpdate(paper, graph, java.util.Map.of(), null)));
            try (Server server = Server.start(store, new Server.Config("127.0.0.1", 0, 10, List.of(), List.of(),
                    Server.Config.DEFAULT_CONCURRENT_REQUESTS, Server.Config.DEFAULT_MAX_QUERY_BYTES, 1000), dir.resolve("run"))) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/paper/cs/0112017")).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("<" + iri + "> <" + DCTerms.title.getURI() + "> \"An Old Paper\""), r.body());
            }
        }
    }
}
