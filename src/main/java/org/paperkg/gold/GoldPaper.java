package org.paperkg.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.model.EntityType;

/** One annotated paper: its text and the annotation record (the extract JSON shape, ANNOTATION.md). */
public record GoldPaper(String id, String title, String abstractText, JsonNode annotation) {
    /** The gold entities of one type, each as its JSON object ({@code label}, {@code names}, maybe {@code role}). */
    public List<JsonNode> entities(EntityType type) {
        List<JsonNode> out = new ArrayList<>();
        annotation.path(type.path() + "s").forEach(out::add);
        return out;
    }

    /** Every name the gold gives entities of {@code type}, as written. */
    public List<String> names(EntityType type) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : entities(type)) {
            e.path("names").forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
