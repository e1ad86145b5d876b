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
        JsonNode doc = JSON.readTree(jena.toByteArray());
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
