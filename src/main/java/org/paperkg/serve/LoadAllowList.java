package org.paperkg.serve;

import java.util.List;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * SPARQL Update's LOAD makes the server read whatever IRI an update names, local files included. On a served store
 * (one whose context holds {@link #ALLOWED}) LOAD reads only http(s) IRIs under an allowed prefix, and none when the
 * list is empty; a {@code file:} IRI never. A refused LOAD is answered 400 with the reason, and the request changes
 * nothing.
 */
final class LoadAllowList extends UpdateEngineMain {
    /** The allowed prefixes (a {@code List<String>}) in a dataset's context: LOAD is checked on that dataset. */
    static final Symbol ALLOWED = Symbol.create("https://w3id.org/paperkg/ontology#loadAllow");

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dsg, Context context) {
            return allowed(dsg, context) != null;
        }

        @Override
        public UpdateEngine create(DatasetGraph dsg, Binding binding, Context context) {
            return new LoadAllowList(dsg, binding, context, allowed(dsg, context));
        }
    };

    static {
        UpdateEngineRegistry.get().add(FACTORY);
    }

    private final List<String> prefixes;

    private LoadAllowList(DatasetGraph dsg, Binding binding, Context context, List<String> prefixes) {
        super(dsg, binding, context);
        this.prefixes = prefixes;
    }

    /** Checks LOAD on this dataset from now on, against these prefixes (none: LOAD refused). */
    static void guard(DatasetGraph dsg, List<String> prefixes) {
        dsg.getContext().set(ALLOWED, List.copyOf(prefixes));
    }

    @SuppressWarnings("unchecked")
    private static List<String> allowed(DatasetGraph dsg, Context context) {
        Object v = context != null ? context.get(ALLOWED) : null;
        if (v == null && dsg != null && dsg.getContext() != null) {
            v = dsg.getContext().get(ALLOWED);
        }
        return (List<String>) v;
    }

    @Override
    protected UpdateVisitor prepareWorker() {
        return new UpdateEngineWorker(datasetGraph, inputBinding, context) {
            @Override
            public void visit(UpdateLoad load) {
                String source = load.getSource();
                if (!IriPrefixes.allows(source, prefixes)) {
                    // Fuseki runs an update as it parses it; a parse error is what it answers 400 to.
                    throw new QueryParseException("LOAD <" + source + "> is refused: "
                            + (prefixes.isEmpty() ? "LOAD is off on this server"
                            : "not under an allowed prefix " + prefixes), -1, -1);
                }
                super.visit(load);
            }
        };
    }
}
