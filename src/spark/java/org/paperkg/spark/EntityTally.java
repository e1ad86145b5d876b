package org.paperkg.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.paperkg.store.EntityGrowth;
import org.paperkg.store.PaperUpdate;

/**
 * What papers say of one entity, added up by Spark: the paper count, names, and method-dataset pairs of
 * {@link EntityGrowth}, with the type and the resolver's facts (label, family, direction) of the first paper in input
 * order, as the store keeps the first paper's. IRIs as strings, so that it travels between executors.
 */
final class EntityTally implements Serializable {
    long firstOrder;
    int papers;
    String type;
    String label;
    String broader;
    String broaderLabel;
    Boolean higherIsBetter;
    final TreeSet<String> names = new TreeSet<>();
    final Map<String, Integer> datasets = new HashMap<>();

    static EntityTally of(long order, EntityGrowth g, PaperUpdate.EntityFacts facts) {
        EntityTally t = new EntityTally();
        t.firstOrder = order;
        t.papers = g.papers();
        t.type = g.type() == null ? null : g.type().getURI();
        if (facts != null) {
            t.label = facts.label();
            t.broader = facts.broader() == null ? null : facts.broader().getURI();
            t.broaderLabel = facts.broaderLabel();
            t.higherIsBetter = facts.higherIsBetter();
        }
        t.names.addAll(g.names());
        g.datasets().forEach((Node d, Integer n) -> t.datasets.put(d.getURI(), n));
        return t;
    }

    /** Both tallies added up; the earlier paper's type and facts stand. */
    static EntityTally plus(EntityTally a, EntityTally b) {
        EntityTally first = a.firstOrder <= b.firstOrder ? a : b;
        EntityTally later = first == a ? b : a;
        first.papers += later.papers;
        if (first.type == null) {
            first.type = later.type;
        }
        first.names.addAll(later.names);
        later.datasets.forEach((d, n) -> first.datasets.merge(d, n, Integer::sum));
        return first;
    }

    /** Named by a paper as an entity of a type: the store describes exactly these. */
    boolean described() {
        return papers > 0 && type != null;
    }
}
