package org.paperkg.dump;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * JSON-LD with {@code @context} as the document's first key. Jena's JSON-LD 1.1 writer puts it last, so a streaming
 * reader would meet every node before it knows how to expand their terms.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonLd() {
    }

    /** Writes the dataset as JSON-LD 1.1, {@code @context} first. Built in memory, as Jena's writer is. */
    public static void write(OutputStream out, DatasetGraph dsg) throws IOException {
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        RDFDataMgr.write(jena, dsg, RDFFormat.JSONLD11);
        contextFirst(out, jena.toByteArray());
    }

    /** Writes the graph as JSON-LD 1.1, {@code @context} first: a served page or answer, as a dump is. */
    public static void write(OutputStream out, org.apache.jena.graph.Graph graph) throws IOException {
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        RDFDataMgr.write(jena, graph, RDFFormat.JSONLD11);
        contextFirst(out, jena.toByteArray());
    }

    /** Whether {@code lang} is JSON-LD, in whichever of Jena's versions of it. */
    public static boolean isJsonLd(org.apache.jena.riot.Lang lang) {
        return lang.getLabel().startsWith("JSON-LD");   // Lang.JSONLD, and Lang.JSONLD11 ("x/ld-json-11")
    }

    private static void contextFirst(OutputStream out, byte[] written) throws IOException {
        JsonNode doc = JSON.readTree(written);
        if (doc instanceof ObjectNode o && o.has("@context")) {
            ObjectNode first = JSON.createObjectNode();
            first.set("@context", o.get("@context"));
            o.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("@context")) {
                    first.set(e.getKey(), e.getValue());
                }
            });
            doc = first;
        }
        JSON.writeValue(out, doc);
        out.write('\n');
    }
}
