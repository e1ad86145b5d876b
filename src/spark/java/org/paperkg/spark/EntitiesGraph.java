package org.paperkg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.paperkg.dump.Dump;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.store.EntityDescription;
import scala.Tuple2;

/**
 * The entities graph from the papers' tallies, with the store's rules ({@link EntityDescription}): labels chosen as
 * the store chooses them (the first one an entity gets, its own or as a family), paper counts, names, families and
 * method-dataset pairs, each an aggregation by key.
 */
final class EntitiesGraph {
    private EntitiesGraph() {
    }

    /** Entity IRI to its tally over all papers. */
    static JavaPairRDD<String, EntityTally> tallies(JavaRDD<PaperOutput> papers) {
        return papers.flatMapToPair(p -> p.entities().entrySet().stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                .reduceByKey(EntityTally::plus);
    }

    /** The N-Quads lines of the entities graph. */
    static JavaRDD<String> lines(JavaPairRDD<String, EntityTally> tallies, Iris iris) {
        String graph = iris.graph("entities");
        JavaPairRDD<String, LabelVote> labels = tallies.flatMapToPair(e -> {
            List<Tuple2<String, LabelVote>> votes = new ArrayList<>();
            EntityTally t = e._2();
            if (t.described() && t.label != null) {
                votes.add(new Tuple2<>(e._1(), new LabelVote(t.firstOrder, true, t.label)));
                if (t.broader != null && t.broaderLabel != null) {
                    votes.add(new Tuple2<>(t.broader, new LabelVote(t.firstOrder, false, t.broaderLabel)));
                }
            }
            return votes.iterator();
        }).reduceByKey(LabelVote::earlier);
        return tallies.fullOuterJoin(labels).flatMap(e -> {
            Node entity = NodeFactory.createURI(e._1());
            Optional<EntityTally> tally = e._2()._1();
            Optional<LabelVote> label = e._2()._2();
            List<Triple> triples = new ArrayList<>();
            if (tally.isPresent() && tally.get().described()) {
                EntityTally t = tally.get();
                String chosen = label.isPresent() ? label.get().label() : t.names.first();
                triples.addAll(EntityDescription.of(entity, chosen, t.papers, t.names, NodeFactory.createURI(t.type),
                        t.broader == null ? null : NodeFactory.createURI(t.broader), EntityDescription.higherIsBetter(t.higherIsBetter)));
                if (t.type.equals(PKG.Method.getURI())) {
                    t.datasets.forEach((d, n) -> triples.addAll(EntityDescription.pair(iris, entity, NodeFactory.createURI(d), n)));
                }
            } else if (label.isPresent()) {
                // A family no paper names itself keeps the label its versions gave it.
                triples.add(Triple.create(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(label.get().label())));
            }
            Node g = NodeFactory.createURI(graph);
            return triples.stream().map(t -> Dump.line(Quad.create(g, t))).iterator();
        });
    }
}
