package org.paperkg.serve;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * Where a CONSTRUCT or DESCRIBE answer is collected: an in-memory dataset or graph that refuses its triple number
 * {@code max + 1}. Jena adds each constructed statement to the container it is given, so a CONSTRUCT of a cross product
 * stops there, with 400, instead of filling the heap first. Statements already present (a template repeats them for
 * many solutions) are not counted again: the limit is on the answer, not on the work.
 */
final class CappedAnswer {
    private CappedAnswer() {
    }

    /** For CONSTRUCT, which Jena collects as quads (the template may name graphs, an ARQ extension). */
    static DatasetGraph dataset(int max) {
        return new DatasetGraphWrapper(DatasetGraphFactory.create()) {
            private long count;

            @Override
            public void add(Quad quad) {
                if (!contains(quad)) {
                    count = counted(count, max);
                    super.add(quad);
                }
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                add(Quad.create(g, s, p, o));
            }
        };
    }

    /** For DESCRIBE, which Jena collects as a graph. */
    static Graph graph(int max) {
        return new GraphWrapper(GraphFactory.createDefaultGraph()) {
            private long count;

            @Override
            public void add(Triple triple) {
                if (!contains(triple)) {
                    count = counted(count, max);
                    super.add(triple);
                }
            }

            @Override
            public void add(Node s, Node p, Node o) {
                add(Triple.create(s, p, o));
            }
        };
    }

    private static long counted(long count, int max) {
        if (count == max) {
            ServletOps.errorBadRequest("the answer has more than " + max
                    + " triples: add a LIMIT, or page with LIMIT and OFFSET (serve --max-results)");
        }
        return count + 1;
    }
}
