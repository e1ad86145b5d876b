package org.paperkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.store.Store;

/**
 * The validate stage: the SHACL shapes of {@code ontology/shapes.ttl} over the union of the store's graphs, and
 * nothing else: what holds here holds on a dump, which a consumer validates without the ontology.
 */
public final class Validator {
    private static final String SHAPES = "/org/paperkg/ontology/shapes.ttl";

    /** The outcome: whether the data conforms, and one line per violation. */
    public record Outcome(boolean conforms, List<String> violations) {
    }

    private final Shapes shapes;

    public Validator() {
        shapes = Shapes.parse(resource(SHAPES));
    }

    private static Graph resource(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Validator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    public Outcome validate(Store store) {
        return store.read(dsg -> validate(dsg.getUnionGraph()));
    }

    public Outcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(e.severity().level().getLocalName() + ": " + e.focusNode()
                    + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
        }
        lines.sort(null);
        return new Outcome(report.conforms(), lines);
    }
}
