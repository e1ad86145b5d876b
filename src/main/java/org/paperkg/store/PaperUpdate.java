package org.paperkg.store;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.paperkg.source.Origin;

/**
 * A paper's new named graph, and what its resolver knows about each entity it names (entity IRI → facts),
 * which the store keeps, once, in the entities graph.
 */
public record PaperUpdate(Node paper, Graph graph, Map<Node, EntityFacts> entities, Origin origin) {

    /** An entity's label, the family it is a version of (IRI and label, or nulls), and for a metric its direction. */
    public record EntityFacts(String label, Node broader, String broaderLabel, Boolean higherIsBetter) {
    }
}
