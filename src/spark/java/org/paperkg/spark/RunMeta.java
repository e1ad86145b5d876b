package org.paperkg.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.dump.Dump;
import org.paperkg.link.Linksets;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;

/**
 * The linkset graphs and the meta graph of a run, gathered on the driver (they are small): the registry's linksets
 * with their void:Linkset descriptions, and the run record with its agent, written by the functions ingest uses, so
 * that a store loaded from the parts describes what its mentions and links refer to.
 */
final class RunMeta {
    private final Iris iris;
    private final String runIri;
    private final Instant started;
    private final Node metaGraph;
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    RunMeta(Iris iris, String runIri, Instant started) {
        this.iris = iris;
        this.runIri = runIri;
        this.started = started;
        this.metaGraph = NodeFactory.createURI(iris.graph("meta"));
    }

    /** One registry linkset: its links in its graph, its description in the meta graph (none when it has no link). */
    void linkset(Linksets.Target target, List<Triple> links) {
        Node g = Linksets.graph(iris, "", target);
        links.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        Linksets.describe(dsg, iris, metaGraph, g, target, SKOS.exactMatch.asNode(), Linksets.registryHow(target));
    }

    /** The run record: its times, the inputs on local disk (by checksum), and its counts. */
    void record(Instant ended, List<Path> files, long read, long stored, long rejected) {
        Ingest.runRecord(iris, runIri, started, "spark job", ended, files, read, stored, 0, rejected).getGraph().find()
                .forEachRemaining(t -> dsg.add(metaGraph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        dsg.find().forEachRemaining((Quad q) -> out.add(Dump.line(q)));
        return out;
    }
}
