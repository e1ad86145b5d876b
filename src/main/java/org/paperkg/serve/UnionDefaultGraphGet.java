package org.paperkg.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The Graph Store Protocol, read only, with the default graph queries see: the union of the named graphs. Fuseki
 * reads {@code ?default} from the dataset's stored default graph, which paperkg leaves empty (TDB2's union default
 * graph is a query setting), so {@code GET /kg/get?default} answered an empty graph. Named graphs and the whole
 * dataset are served as Fuseki serves them.
 */
final class UnionDefaultGraphGet extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        if (action.getRequestParameter("default") == null) {
            return dsg;
        }
        return new DatasetGraphWrapper(dsg) {
            @Override
            public Graph getDefaultGraph() {
                return getUnionGraph();
            }
        };
    }
}
