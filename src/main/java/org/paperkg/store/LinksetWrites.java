package org.paperkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The dataset as {@link Store#writeLinksets} hands it out: it reads everything, but writes only the linkset graphs
 * ({@code …/graph/links/…}) and the meta graph. Paper graphs and the entities graph change only through
 * {@link Store.Batch}, which keeps the entity bookkeeping in step; a write to them here is a bug, so it fails at once.
 */
final class LinksetWrites extends DatasetGraphWrapper {
    private final String linksetPrefix;
    private final Node metaGraph;

    LinksetWrites(DatasetGraph dsg, String linksetPrefix, Node metaGraph) {
        super(dsg);
        this.linksetPrefix = linksetPrefix;
        this.metaGraph = metaGraph;
    }

    private boolean writable(Node graph) {
        return graph != null && (graph.equals(metaGraph) || graph.isURI() && graph.getURI().startsWith(linksetPrefix));
    }

    private Node check(Node graph) {
        if (!writable(graph)) {
            throw new IllegalStateException("a linkset write may change the linkset graphs and the meta graph only, not " + graph
                    + ": paper graphs and the entities graph are written by Store.Batch, which keeps the entity bookkeeping");
        }
        return graph;
    }

    @Override
    public void add(Quad quad) {
        check(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void delete(Quad quad) {
        check(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        super.add(check(g), s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        super.delete(check(g), s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        super.deleteAny(check(g), s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        super.addGraph(check(graphName), graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        super.removeGraph(check(graphName));
    }

    @Override
    public void clear() {
        throw new IllegalStateException("a linkset write never clears the store");
    }

    /** A graph of the store, read-only unless a linkset graph or the meta graph, so that no write goes around the check. */
    @Override
    public Graph getGraph(Node graphNode) {
        Graph g = super.getGraph(graphNode);
        return writable(graphNode) ? g : new GraphReadOnly(g);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(super.getDefaultGraph());
    }

    @Override
    public Graph getUnionGraph() {
        return new GraphReadOnly(super.getUnionGraph());
    }
}
