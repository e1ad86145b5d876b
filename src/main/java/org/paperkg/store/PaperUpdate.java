package org.paperkg.store;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A paper's new named graph, and the labels its resolver chose for the entities it names (entity IRI → label). */
public record PaperUpdate(Node paper, Graph graph, Map<Node, String> labels, org.paperkg.source.Origin origin) {
}
