package org.paperkg.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.PaperGraph;
import org.paperkg.rdf.Vocab.OA;

/**
 * What papers add to one entity: papers naming it, the names they use, its type, and (for a method) papers per
 * dataset named beside it. One paper's growth is read off its graph ({@link #byPaper}); a batch adds them up
 * ({@link #plus}), and so does the Spark job's aggregation, so both count the same way.
 */
public final class EntityGrowth {
    int papers;
    Node type;
    final Set<String> names = new TreeSet<>();
    final Map<Node, Integer> datasets = new HashMap<>();

    public int papers() {
        return papers;
    }

    /** The entity's type class (pkg:Method …), or null when the paper only links it. */
    public Node type() {
        return type;
    }

    /** The names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(names);
    }

    /** For a method: dataset to the papers naming both. */
    public Map<Node, Integer> datasets() {
        return Collections.unmodifiableMap(datasets);
    }

    /** This growth with another's added: the first type seen stands. */
    public EntityGrowth plus(EntityGrowth other) {
        papers += other.papers;
        if (type == null) {
            type = other.type;
        }
        names.addAll(other.names);
        other.datasets.forEach((d, n) -> datasets.merge(d, n, Integer::sum));
        return this;
    }

    private static final Set<Node> METHOD_LINKS = Set.of(PKG.usesMethod.asNode(), PKG.proposesMethod.asNode());
    private static final Set<Node> DATASET_LINKS = Set.of(PKG.usesDataset.asNode(), PKG.introducesDataset.asNode());

    static boolean methodLink(Node predicate) {
        return METHOD_LINKS.contains(predicate);
    }

    static boolean datasetLink(Node predicate) {
        return DATASET_LINKS.contains(predicate);
    }

    /** What one paper adds to the entities it names, read off the paper's graph. */
    public static Map<Node, EntityGrowth> byPaper(PaperUpdate u) {
        Map<Node, EntityGrowth> growth = new HashMap<>();
        Graph g = u.graph();
        Map<Node, Set<String>> names = new HashMap<>();
        Map<Node, Node> types = new HashMap<>();
        g.find(Node.ANY, OA.hasBody.asNode(), Node.ANY).forEachRemaining(t -> {
            g.find(t.getSubject(), PKG.mentionType.asNode(), Node.ANY).forEachRemaining(x -> types.putIfAbsent(t.getObject(), x.getObject()));
            Set<String> n = names.computeIfAbsent(t.getObject(), k -> new HashSet<>());
            Node quote = NodeFactory.createURI(PaperGraph.quoteSelector(t.getSubject().getURI()));
            g.find(quote, OA.exact.asNode(), Node.ANY).forEachRemaining(x -> n.add(x.getObject().getLiteralLexicalForm()));
        });
        names.forEach((entity, n) -> {
            EntityGrowth gr = growth.computeIfAbsent(entity, k -> new EntityGrowth());
            gr.papers++;
            gr.names.addAll(n);
            if (gr.type == null) {
                gr.type = types.get(entity);
            }
        });
        Set<Node> datasets = new HashSet<>();
        Set<Node> methods = new HashSet<>();
        g.find(u.paper(), Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (datasetLink(t.getPredicate())) {
                datasets.add(t.getObject());
            } else if (methodLink(t.getPredicate())) {
                methods.add(t.getObject());
            }
        });
        for (Node m : methods) {
            EntityGrowth gr = growth.computeIfAbsent(m, k -> new EntityGrowth());
            datasets.forEach(d -> gr.datasets.merge(d, 1, Integer::sum));
        }
        return growth;
    }
}
