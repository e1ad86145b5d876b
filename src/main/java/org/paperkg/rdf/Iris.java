package org.paperkg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.paperkg.extract.EntityType;

/**
 * The IRI scheme: {@code BASE/{paper|method|dataset|metric|task}/{slug}}, base {@code https://w3id.org/paperkg}
 * unless configured. Paper slugs are the paper id percent-encoded where it is not IRI-safe.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String paper(String paperId) {
        return base + "/paper/" + URLEncoder.encode(paperId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String entity(EntityType type, String key) {
        return base + "/" + type.path() + "/" + key;
    }
}
