package org.paperkg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.PaperGraph;
import org.paperkg.rdf.Vocab.OA;

/**
 * The entity bookkeeping: the entities graph (labels, other names, paper counts, families) and the method-dataset
 * pair counts, kept consistent with the paper graphs. Apart from {@link Store.Batch} so the rules of the census live
 * in one place; it never opens a transaction, it runs in the batch's.
 */
final class EntityBook {
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node entitiesGraph;
    private final Node metaGraph;

    EntityBook(DatasetGraph dsg, Iris iris, Node entitiesGraph, Node metaGraph) {
        this.dsg = dsg;
        this.iris = iris;
        this.entitiesGraph = entitiesGraph;
        this.metaGraph = metaGraph;
    }

    /** Describes an entity that no stored paper named before from what the batch's papers say of it. */
    void describeNew(Node entity, EntityGrowth g, PaperUpdate.EntityFacts known) {
        describeEntity(entity, known, new Census(g.papers, g.names, g.type));
        if (dsg.find(entitiesGraph, entity, RDF.type.asNode(), PKG.Method.asNode()).hasNext()) {
            growPairs(entity, g.datasets);
        }
    }

    /**
     * A store written before datasets stopped being typed dcat:Dataset loses that type at its next commit (an index
     * lookup when there is none), rather than keeping it on every entity no later paper touches.
     */
    void dropDcatDatasetType() {
        dsg.deleteAny(entitiesGraph, Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode());
    }

    /** True when the entity has a description with a paper count (some stored paper names it). */
    boolean isDescribed(Node entity) {
        return dsg.find(entitiesGraph, entity, PKG.paperCount.asNode(), Node.ANY).hasNext();
    }

    /** Adds what new papers bring to an entity already described: its paper count, names and pairs. */
    void grow(Node entity, EntityGrowth g) {
        add(entity, PKG.paperCount.asNode(), plus(entitiesGraph, entity, PKG.paperCount.asNode(), g.papers));
        // Of names that differ only in case, the first in sorted order stands, as in a full recount.
        Set<String> labels = new HashSet<>();
        dsg.find(entitiesGraph, entity, RDFS.label.asNode(), Node.ANY).forEachRemaining(q ->
                labels.add(q.getObject().getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT)));
        Map<String, String> alts = new HashMap<>();
        dsg.find(entitiesGraph, entity, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
            String a = q.getObject().getLiteralLexicalForm();
            alts.put(a.toLowerCase(java.util.Locale.ROOT), a);
        });
        for (String name : g.names) {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            String existing = alts.get(key);
            if (labels.contains(key) || existing != null && existing.compareTo(name) <= 0) {
                continue;
            }
            if (existing != null) {
                dsg.delete(entitiesGraph, entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(existing));
            }
            alts.put(key, name);
            add(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(name));
        }
        growPairs(entity, g.datasets);
    }

    /** Adds to a method's pair counts the papers that newly name it with each dataset. */
    private void growPairs(Node method, Map<Node, Integer> datasets) {
        datasets.forEach((dataset, n) -> {
            Node pair = NodeFactory.createURI(iris.pair(method.getURI(), dataset.getURI()));
            if (!dsg.find(entitiesGraph, pair, RDF.type.asNode(), Node.ANY).hasNext()) {
                add(pair, RDF.type.asNode(), PKG.CoOccurrence.asNode());
                add(pair, PKG.pairMethod.asNode(), method);
                add(pair, PKG.pairDataset.asNode(), dataset);
            }
            add(pair, PKG.paperCount.asNode(), plus(entitiesGraph, pair, PKG.paperCount.asNode(), n));
        });
    }

    /** The integer stored at (graph, subject, predicate) plus {@code n}, with the old value removed. */
    private Node plus(Node graph, Node subject, Node predicate, int n) {
        Node old = object(graph, subject, predicate);
        int value = n;
        if (old != null) {
            value += Integer.parseInt(old.getLiteralLexicalForm());
            dsg.delete(graph, subject, predicate, old);
        }
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    /**
     * Rewrites an entity's description from its census of the paper graphs: its type, label, every name the papers use for it,
     * how many papers mention it, its family ({@code skos:broader}, with the family's label) and, for a metric,
     * whether higher is better. Each fact is stated once, here, never in the paper graphs: stores that take the
     * union of graphs as a multiset would otherwise count it once per paper. An entity no paper mentions any
     * more loses its description, but keeps its label while versions still name it as their family.
     */
    void describeEntity(Node entity, PaperUpdate.EntityFacts known, Census census) {
        // The first label an entity got stays, so that a description does not depend on which path updated it.
        String oldLabel = literal(entitiesGraph, entity, RDFS.label.asNode());
        String label = oldLabel != null ? oldLabel : known == null ? null : known.label();
        Node broader = known != null ? known.broader() : object(entitiesGraph, entity, SKOS.broader.asNode());
        String broaderLabel = known != null ? known.broaderLabel()
                : broader == null ? null : literal(entitiesGraph, broader, RDFS.label.asNode());
        Node higher = known != null && known.higherIsBetter() != null
                ? EntityDescription.higherIsBetter(known.higherIsBetter())
                : known == null ? object(entitiesGraph, entity, PKG.higherIsBetter.asNode()) : null;
        dsg.deleteAny(entitiesGraph, entity, Node.ANY, Node.ANY);
        Node type = census.type();
        if (census.papers() == 0 || type == null) {
            if (label != null && dsg.find(entitiesGraph, Node.ANY, SKOS.broader.asNode(), entity).hasNext()) {
                add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            }
            return;
        }
        Set<String> names = census.names();
        if (label == null) {
            label = names.iterator().next();
        }
        EntityDescription.of(entity, label, census.papers(), names, type, broader, higher).forEach(this::add);
        if (broader != null && broaderLabel != null && !dsg.find(entitiesGraph, broader, RDFS.label.asNode(), Node.ANY).hasNext()) {
            add(broader, RDFS.label.asNode(), NodeFactory.createLiteralString(broaderLabel));
        }
    }

    /** How the stored papers name an entity: how many papers, under which names, as which type. */
    record Census(int papers, Set<String> names, Node type) {
    }

    /** The census of an entity counted from every paper graph of the store. */
    Census census(Node entity) {
        Set<Node> papers = new HashSet<>();
        Set<String> names = new TreeSet<>();
        Node type = null;
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, OA.hasBody.asNode(), entity); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getGraph().equals(entitiesGraph) || q.getGraph().equals(metaGraph)) {
                continue;
            }
            papers.add(q.getGraph());
            Node mention = q.getSubject();
            if (type == null) {
                type = object(q.getGraph(), mention, PKG.mentionType.asNode());
            }
            String exact = exactText(q.getGraph(), mention);
            if (exact != null) {
                names.add(exact);
            }
        }
        return new Census(papers.size(), names, type);
    }

    private String exactText(Node graph, Node mention) {
        return Lookups.exactText(dsg, graph, mention);
    }

    /**
     * Recounts, for a method, the papers that name it together with each dataset, as pkg:CoOccurrence nodes in
     * the entities graph. A pair's count changes only when a paper naming both changes, and then that paper's
     * method is among the touched entities, so recounting the touched methods keeps every pair right.
     */
    void describePairs(Node method) {
        List<Node> old = new java.util.ArrayList<>();
        dsg.find(entitiesGraph, Node.ANY, PKG.pairMethod.asNode(), method).forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(pair -> dsg.deleteAny(entitiesGraph, pair, Node.ANY, Node.ANY));
        if (!dsg.find(entitiesGraph, method, RDF.type.asNode(), PKG.Method.asNode()).hasNext()) {
            return;
        }
        Map<Node, Integer> counts = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, method); it.hasNext(); ) {
            Quad q = it.next();
            if (!EntityGrowth.methodLink(q.getPredicate())) {
                continue;
            }
            Set<Node> datasets = new HashSet<>();
            for (Iterator<Quad> d = dsg.find(q.getGraph(), q.getSubject(), Node.ANY, Node.ANY); d.hasNext(); ) {
                Quad dq = d.next();
                if (EntityGrowth.datasetLink(dq.getPredicate())) {
                    datasets.add(dq.getObject());
                }
            }
            datasets.forEach(ds -> counts.merge(ds, 1, Integer::sum));
        }
        counts.forEach((dataset, n) -> EntityDescription.pair(iris, method, dataset, n).forEach(this::add));
    }

    private String literal(Node graph, Node subject, Node predicate) {
        return Lookups.literal(dsg, graph, subject, predicate);
    }

    private Node object(Node graph, Node subject, Node predicate) {
        return Lookups.object(dsg, graph, subject, predicate);
    }

    private void add(Node s, Node p, Node o) {
        dsg.add(entitiesGraph, s, p, o);
    }

    private void add(org.apache.jena.graph.Triple t) {
        dsg.add(entitiesGraph, t.getSubject(), t.getPredicate(), t.getObject());
    }
}
