package org.paperkg.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.model.EntityType;
import org.paperkg.rdf.PaperGraph;
import org.paperkg.rdf.Vocab.OA;

/**
 * The names under which the stored papers found entities, read for the extractor. Only reads: it walks every
 * mention of the store in one read transaction of its own.
 */
final class KnownNames {
    private final DatasetGraph dsg;
    private final Node entitiesGraph;
    private final Node metaGraph;

    KnownNames(DatasetGraph dsg, Node entitiesGraph, Node metaGraph) {
        this.dsg = dsg;
        this.entitiesGraph = entitiesGraph;
        this.metaGraph = metaGraph;
    }

    /**
     * Per type, canonical label to names, leaving out the papers in {@code except}: an ingest leaves out the papers
     * of its own input, so that what a run extracts does not depend on which of its papers an interrupted earlier
     * run had stored already.
     */
    Map<EntityType, Map<String, Set<String>>> except(Set<Node> except) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Set<String>> names = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, OA.hasBody.asNode(), Node.ANY).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (except.contains(g) || g.equals(entitiesGraph) || g.equals(metaGraph)) {
                    return;
                }
                // This walks every mention of the store: one lookup each (21 s at 10M quads with three, now 6 s).
                String exact = Lookups.exactText(dsg, g, q.getSubject());
                if (exact != null) {
                    names.computeIfAbsent(q.getObject(), k -> new TreeSet<>()).add(exact);
                }
            });
            Map<Node, EntityType> types = new HashMap<>();
            for (EntityType t : EntityType.values()) {
                types.put(PaperGraph.typeClass(t).asNode(), t);
            }
            Map<EntityType, Map<String, Set<String>>> out = new HashMap<>();
            names.forEach((entity, found) -> {
                String label = Lookups.literal(dsg, entitiesGraph, entity, RDFS.label.asNode());
                dsg.find(entitiesGraph, entity, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                    EntityType t = types.get(q.getObject());
                    if (label != null && t != null) {
                        out.computeIfAbsent(t, k -> new HashMap<>()).put(label, found);
                    }
                });
            });
            return out;
        });
    }
}
