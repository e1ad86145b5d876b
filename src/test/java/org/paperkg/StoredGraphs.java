package org.paperkg;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.store.Store;

/** Copies of a store's graphs, for tests that compare a store with itself later or with another store. */
public final class StoredGraphs {
    private StoredGraphs() {
    }

    /** Every paper's graph, copied out of the store, by graph IRI. */
    public static Map<Node, Graph> papers(Store store) {
        return store.read(dsg -> {
            Map<Node, Graph> graphs = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(store.iris().paper(""))) {
                    graphs.put(g, copy(store, g));
                }
            });
            return graphs;
        });
    }

    /**
     * Every paper's graph as {@link #papers}, without the prov:wasGeneratedBy links of its mentions and results: they
     * name the run that stored the paper, which differs between two stores of the same papers.
     */
    public static Map<Node, Graph> papersApartFromRun(Store store) {
        Map<Node, Graph> graphs = papers(store);
        Node generatedBy = org.paperkg.rdf.Vocab.PROV.wasGeneratedBy.asNode();
        graphs.values().forEach(g -> g.remove(Node.ANY, generatedBy, Node.ANY));
        return graphs;
    }

    /** One graph, copied out of the store. */
    public static Graph copy(Store store, Node graph) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(graph).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
