package org.paperkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.rdf.PKG;
import org.paperkg.store.Store;

/**
 * What the server says about one IRI: every triple about it and about its own fragments (a mention's target
 * and selectors), the papers and results that point at it (bounded, for entities named by many papers), and
 * the labels and titles of everything it links to.
 */
final class Describer {
    /** Inbound links shown per resource; an entity named by a hundred thousand papers still answers fast. */
    static final int MAX_INBOUND = 500;
    private static final Set<Node> INBOUND = Set.of(PKG.proposesMethod.asNode(), PKG.usesMethod.asNode(),
            PKG.introducesDataset.asNode(), PKG.usesDataset.asNode(), PKG.reportsMetric.asNode(),
            PKG.addressesTask.asNode(), PKG.evaluatedMethod.asNode(), PKG.onDataset.asNode(), PKG.metric.asNode(),
            PKG.forTask.asNode());
    private static final Set<Node> NAMES = Set.of(RDFS.label.asNode(), DCTerms.title.asNode(), PKG.value.asNode(),
            PKG.valueText.asNode(), PKG.reportedIn.asNode(), PKG.evaluatedMethod.asNode(), PKG.onDataset.asNode(),
            PKG.metric.asNode());

    private final Store store;
    private final org.paperkg.rdf.Iris iris;

    Describer(Store store) {
        this.store = store;
        this.iris = store.iris();
    }

    /** The description, empty when the store says nothing about the IRI. */
    Model describe(String iri) {
        Model m = ModelFactory.createDefaultModel();
        Graph out = m.getGraph();
        store.read(dsg -> {
            Graph all = dsg.getUnionGraph();
            Node subject = NodeFactory.createURI(iri);
            Deque<Node> todo = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            todo.add(subject);
            while (!todo.isEmpty()) {
                Node s = todo.poll();
                if (!seen.add(s)) {
                    continue;
                }
                for (Iterator<Triple> it = all.find(s, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Triple t = it.next();
                    out.add(t);
                    Node o = t.getObject();
                    if (o.isURI() && o.getURI().startsWith(iri + "#")) {
                        todo.add(o);
                    }
                }
            }
            Set<Node> linked = new HashSet<>();
            int inbound = 0;
            for (Iterator<Triple> it = all.find(Node.ANY, Node.ANY, subject); it.hasNext() && inbound < MAX_INBOUND; ) {
                Triple t = it.next();
                if (INBOUND.contains(t.getPredicate())) {
                    out.add(t);
                    linked.add(t.getSubject());
                    inbound++;
                }
            }
            out.find().forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    linked.add(t.getObject());
                }
            });
            for (Node n : linked) {
                for (Iterator<Triple> it = all.find(n, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Triple t = it.next();
                    if (NAMES.contains(t.getPredicate())) {
                        out.add(t);
                    }
                }
            }
            return null;
        });
        org.paperkg.rdf.Prefixes.of(iris).forEach(m::setNsPrefix);
        return m;
    }
}
