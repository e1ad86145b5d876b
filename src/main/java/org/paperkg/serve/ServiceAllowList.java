package org.paperkg.serve;

import java.util.List;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Lets a SERVICE call through only to endpoints that start with one of the allowed prefixes. SERVICE makes
 * the server fetch any URL a query names, so with no allow-list paperkg turns it off altogether.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private final List<String> allowed;

    ServiceAllowList(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        String target = opExecute.getService().isURI() ? opExecute.getService().getURI() : String.valueOf(opExecute.getService());
        if (!IriPrefixes.allows(target, allowed)) {
            // The same answer as SERVICE switched off (422), whatever the IRI tried.
            throw new QueryDeniedException("SERVICE <" + target + "> is not on this server's allow-list");
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }
}
