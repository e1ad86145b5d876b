package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;

/** The store's API keeps its promise: others read, and write only where the entity bookkeeping cannot be bypassed. */
class StoreApiTest {
    private static final Iris IRIS = Iris.standard();
    private static final Node PAPER = NodeFactory.createURI(IRIS.paper("x"));
    private static final Node THING = NodeFactory.createURI("https://example.org/thing");

    @TempDir
    Path dir;

    private static void storeOnePaper(Store store) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(PAPER, RDF.type.asNode(), PKG.Paper.asNode());
        g.add(PAPER, DCTerms.title.asNode(), NodeFactory.createLiteralString("A Paper"));
        store.write(List.of(new PaperUpdate(PAPER, g, Map.of(), null)));
    }

    @Test
    void aReadSeesTheStoreAndCannotWrite() {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            storeOnePaper(store);
            Store.DataVersion before = store.dataVersion();
            assertEquals(2L, (long) store.read(dsg -> dsg.getGraph(PAPER).size()));
            assertThrows(RuntimeException.class, () -> store.read(dsg -> {
                dsg.add(PAPER, PAPER, RDFS.label.asNode(), NodeFactory.createLiteralString("sneaked in"));
                return null;
            }));
            assertEquals(2L, (long) store.read(dsg -> dsg.getGraph(PAPER).size()));
            assertEquals(before, store.dataVersion(), "a read begins no write transaction");
            // A read inside a read runs in the outer transaction: a dump and its description see the same data.
            assertEquals(2L, (long) store.read(outer -> store.read(inner -> inner == outer ? inner.getGraph(PAPER).size() : -1L)));
        }
    }

    @Test
    void aLinksetWriteChangesLinksetsAndMetaOnly() {
        try (Store store = Store.open(dir.resolve("kg"), IRIS)) {
            storeOnePaper(store);
            Node links = NodeFactory.createURI(IRIS.graph("links/test"));
            Node target = NodeFactory.createURI("https://www.wikidata.org/entity/Q1");
            for (Node forbidden : List.of(PAPER, store.entitiesGraph())) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.writeLinksets(w -> {
                    w.add(links, THING, SKOS.exactMatch.asNode(), target);   // rolled back with the rest
                    w.add(forbidden, THING, RDFS.label.asNode(), NodeFactory.createLiteralString("bypass"));
                    return null;
                }));
                assertTrue(e.getMessage().contains("Store.Batch"), e.getMessage());
                assertThrows(RuntimeException.class, () -> store.writeLinksets(w -> {
                    w.getGraph(forbidden).add(THING, RDF.type.asNode(), THING);
                    return null;
                }));
            }
            assertThrows(IllegalStateException.class, () -> store.writeLinksets(w -> {
                w.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                return null;
            }));
            assertEquals(0L, (long) store.read(dsg -> dsg.getGraph(links).size()), "a refused write leaves nothing behind");
            assertEquals(2L, (long) store.read(dsg -> dsg.getGraph(PAPER).size()));
            store.writeLinksets(w -> {
                w.add(links, THING, SKOS.exactMatch.asNode(), target);
                w.add(store.metaGraph(), links, RDF.type.asNode(), THING);
                return null;
            });
            assertEquals(1L, (long) store.read(dsg -> dsg.getGraph(links).size()));
            assertEquals(1L, (long) store.read(dsg -> dsg.getGraph(store.metaGraph()).size()));
        }
    }
}
