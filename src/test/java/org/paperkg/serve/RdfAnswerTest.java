package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Writing a CONSTRUCT answer ends by the query's deadline, however long the writer would take. */
class RdfAnswerTest {
    @Test
    void aWriterPastTheDeadlineEndsAtTheDeadlineWithTheTimeoutsError() {
        DatasetGraph answer = answerOf(100_000);
        RdfAnswer writing = new RdfAnswer(2);
        for (RDFFormat format : new RDFFormat[] {RDFFormat.JSONLD11, RDFFormat.TURTLE_PRETTY}) {
            long t0 = System.nanoTime();
            assertThrows(QueryCancelledException.class, () -> writing.writeBy(t0 + TimeUnit.MILLISECONDS.toNanos(100), answer, format));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 1.5, format + ": the request waited " + seconds + " s for a 0.1 s deadline");
        }
        byte[] small = new RdfAnswer(1).writeBy(System.nanoTime() + TimeUnit.SECONDS.toNanos(60), answerOf(100), RDFFormat.JSONLD11);
        assertTrue(new String(small, java.nio.charset.StandardCharsets.UTF_8).contains("urn:x:s99"));
    }

    private static DatasetGraph answerOf(int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p" + i % 7),
                    NodeFactory.createLiteralString("value " + i)));
        }
        return DatasetGraphFactory.wrap(g);
    }
}
