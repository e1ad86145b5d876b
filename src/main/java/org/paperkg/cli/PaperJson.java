package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.ResultClaim;
import org.paperkg.rdf.Iris;
import org.paperkg.resolve.Entity;
import org.paperkg.source.Paper;

/** The JSON object `paperkg extract` prints per paper, in the shape of DESIGN.md §3. */
final class PaperJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private PaperJson() {
    }

    /** The record as read, in paperkg's JSON Lines input form: reading this line back gives the same paper. */
    static ObjectNode record(Paper paper) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", paper.id());
        o.put("title", paper.title());
        o.put("abstract", paper.abstractText());
        if (!paper.authors().isEmpty()) {
            paper.authors().forEach(o.putArray("authors")::add);
        }
        putIfSet(o, "date", paper.date());
        putIfSet(o, "arxiv_id", paper.arxivId());
        putIfSet(o, "doi", paper.doi());
        if (!paper.categories().isEmpty()) {
            paper.categories().forEach(o.putArray("categories")::add);
        }
        return o;
    }

    private static void putIfSet(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    static ObjectNode of(Paper paper, List<Entity> entities, Extraction extraction, Iris iris) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", paper.id());
        o.put("title", paper.title());
        o.put("iri", iris.paper(paper.id()));
        for (EntityType type : EntityType.values()) {
            ArrayNode list = o.putArray(type.path() + "s");
            for (Entity e : entities) {
                if (e.type() != type) {
                    continue;
                }
                ObjectNode n = list.addObject();
                n.put("label", e.label());
                ArrayNode names = n.putArray("names");
                e.names().forEach(names::add);
                if (type == EntityType.METHOD || type == EntityType.DATASET) {
                    n.put("role", e.role().label());
                }
                n.put("iri", iris.entity(type, e.key()));
            }
        }
        ArrayNode results = o.putArray("results");
        for (ResultClaim r : extraction.results()) {
            ObjectNode n = results.addObject();
            n.put("method", r.method());
            n.put("dataset", r.dataset());
            n.put("metric", r.metric());
            n.put("value", r.value());
            n.put("unit", r.unit());
            n.put("text", r.text());
            if (r.relative()) {
                n.put("relative", true);   // a change ("by 3.2%", "2.5x faster"), as ANNOTATION.md's gold marks it
            }
        }
        ArrayNode code = o.putArray("code");
        extraction.codeUrls().forEach(code::add);
        return o;
    }
}
