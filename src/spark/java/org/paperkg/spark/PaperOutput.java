package org.paperkg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.dump.Dump;
import org.paperkg.extract.Extractor;
import org.paperkg.model.Extraction;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PaperGraph;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.InputError;
import org.paperkg.source.Origin;
import org.paperkg.source.Paper;
import org.paperkg.store.EntityGrowth;
import org.paperkg.store.PaperUpdate;

/**
 * One paper through ingest's own stages (extract, resolve, the paper's graph): its graph as N-Quads lines, and what
 * it adds to each entity it names; or, when extraction failed, the error ingest reports for it.
 */
record PaperOutput(long order, List<String> lines, Map<String, EntityTally> entities, InputError failure) implements Serializable {

    static PaperOutput of(long order, Paper paper, Extractor extractor, Iris iris, String runIri) {
        try {
            Extraction x = extractor.extract(paper.title(), paper.abstractText());
            Node iri = org.apache.jena.graph.NodeFactory.createURI(iris.paper(paper.id()));
            PaperUpdate u = Ingest.paperUpdate(iris, new PaperGraph(iris, runIri), iri, paper, new Resolver(extractor).resolve(x), x);
            List<String> lines = new ArrayList<>();
            u.graph().find().forEachRemaining(t -> lines.add(Dump.line(Quad.create(u.paper(), t))));
            Map<String, EntityTally> entities = new java.util.HashMap<>();
            EntityGrowth.byPaper(u).forEach((entity, g) ->
                    entities.put(entity.getURI(), EntityTally.of(order, g, u.entities().get(entity))));
            return new PaperOutput(order, lines, entities, null);
        } catch (RuntimeException e) {
            // As ingest reports a paper whose extraction threw, and goes on.
            return new PaperOutput(order, List.of(), Map.of(),
                    new InputError(new Origin("(extraction)", 0), "a paper could not be extracted: " + e));
        }
    }
}
