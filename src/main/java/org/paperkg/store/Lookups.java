package org.paperkg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.PaperGraph;
import org.paperkg.rdf.Vocab.OA;

/**
 * Single-value lookups on the dataset, shared by the entity bookkeeping and the known names so that both read a
 * mention's text the same way. Callers hold the transaction.
 */
final class Lookups {
    private Lookups() {
    }

    /** The first object at (graph, subject, predicate), or null. */
    static Node object(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        Iterator<Quad> it = dsg.find(graph, subject, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The lexical form of the first literal at (graph, subject, predicate), or null. */
    static String literal(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        Node n = object(dsg, graph, subject, predicate);
        return n == null || !n.isLiteral() ? null : n.getLiteralLexicalForm();
    }

    /**
     * A stored mention's exact text, read in one lookup from the quote selector that {@link PaperGraph} mints for
     * it (rather than following hasTarget and hasSelector); null when there is none.
     */
    static String exactText(DatasetGraph dsg, Node graph, Node mention) {
        if (!mention.isURI()) {
            return null;
        }
        return literal(dsg, graph, NodeFactory.createURI(PaperGraph.quoteSelector(mention.getURI())), OA.exact.asNode());
    }
}
