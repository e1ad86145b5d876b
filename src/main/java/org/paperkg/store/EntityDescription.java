package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;

/**
 * The triples of the entities graph as pure functions of what was counted: the store's {@link EntityBook} writes
 * them, and the Spark job emits them from its aggregations, so both describe an entity and a pair the same way.
 */
public final class EntityDescription {
    private EntityDescription() {
    }

    /**
     * An entity named by {@code papers} papers under {@code names} (sorted): its type, label, every other name once
     * whatever its case (the first in sorted order standing), paper count, family and, for a metric, its direction.
     * The family's own label is not among them: it is written once, by whoever finds the family unlabelled.
     */
    public static List<Triple> of(Node entity, String label, int papers, Set<String> names, Node type, Node broader, Node higher) {
        List<Triple> out = new ArrayList<>();
        out.add(Triple.create(entity, RDF.type.asNode(), type));
        // A dataset is a pkg:Dataset only, never a dcat:Dataset: DCAT and VoID harvesters would take each for a
        // dataset this catalogue publishes, beside the graph's own description.
        out.add(Triple.create(entity, RDF.type.asNode(), SKOS.Concept.asNode()));
        out.add(Triple.create(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
        out.add(Triple.create(entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(label)));
        // "Image Classification" in a title adds nothing to "image classification".
        Set<String> seen = new HashSet<>();
        seen.add(label.toLowerCase(Locale.ROOT));
        for (String name : names) {
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(Triple.create(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(name)));
            }
        }
        out.add(Triple.create(entity, PKG.paperCount.asNode(), integer(papers)));
        if (broader != null) {
            out.add(Triple.create(entity, SKOS.broader.asNode(), broader));
        }
        if (higher != null) {
            out.add(Triple.create(entity, PKG.higherIsBetter.asNode(), higher));
        }
        return out;
    }

    /** A method-dataset co-occurrence named by {@code papers} papers, as a pkg:CoOccurrence node. */
    public static List<Triple> pair(Iris iris, Node method, Node dataset, int papers) {
        Node pair = NodeFactory.createURI(iris.pair(method.getURI(), dataset.getURI()));
        return List.of(Triple.create(pair, RDF.type.asNode(), PKG.CoOccurrence.asNode()),
                Triple.create(pair, PKG.pairMethod.asNode(), method),
                Triple.create(pair, PKG.pairDataset.asNode(), dataset),
                Triple.create(pair, PKG.paperCount.asNode(), integer(papers)));
    }

    /** A metric's direction as the literal the graph holds, or null. */
    public static Node higherIsBetter(Boolean higher) {
        return higher == null ? null : NodeFactory.createLiteralDT(higher.toString(), XSDDatatype.XSDboolean);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
