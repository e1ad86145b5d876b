package org.paperkg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.paperkg.model.EntityType;

/**
 * The IRI scheme: {@code BASE/{paper|method|dataset|metric|task}/{slug}}, base {@code https://w3id.org/paperkg}
 * unless configured. Paper slugs are the paper id percent-encoded where it is not IRI-safe.
 */
public final class Iris implements java.io.Serializable {
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg";
    /** The IRI spaces under the base that name resources (graphs and dumps aside). */
    public static final java.util.List<String> SPACES = java.util.List.of("paper", "method", "dataset", "metric", "task",
            "mention", "result", "pair", "run", "agent");

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
        return base + "/paper/" + slug(paperId);
    }

    /**
     * The paper id percent-encoded, except that its slashes stay slashes ({@code cs/0112017} gives
     * {@code paper/cs/0112017}, as arxiv.org/abs/cs/0112017): an encoded slash (%2F) is refused by w3id.org's Apache
     * and by Jetty. Only an id with an empty, '.' or '..' part, which a slash would turn into another path, keeps
     * its slashes encoded.
     */
    private static String slug(String paperId) {
        String[] parts = paperId.split("/", -1);
        boolean plainParts = java.util.Arrays.stream(parts).noneMatch(x -> x.isEmpty() || x.equals(".") || x.equals(".."));
        if (parts.length > 1 && plainParts) {
            return String.join("/", java.util.Arrays.stream(parts).map(Iris::encode).toList());
        }
        return encode(paperId);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String entity(EntityType type, String key) {
        return base + "/" + type.path() + "/" + key;
    }

    /** A mention: the paper's slug and the span of the abstract, in code points ({@code title-} for one in the title). */
    public String mention(String paperId, boolean inTitle, int start, int end) {
        return base + "/mention/" + slug(paperId) + "/" + (inTitle ? "title-" : "") + start + "-" + end;
    }

    /** A reported result: the paper's slug and the span of the value, in code points. */
    public String result(String paperId, int start, int end) {
        return base + "/result/" + slug(paperId) + "/" + start + "-" + end;
    }

    /** A method–dataset co-occurrence: {@code BASE/pair/method/KEY/dataset/KEY}. */
    public String pair(String methodIri, String datasetIri) {
        return base + "/pair/" + localPart(methodIri) + "/" + localPart(datasetIri);
    }

    public String extractor(String version) {
        return base + "/agent/paperkg-" + version;
    }

    public String run(String stamp) {
        return base + "/run/" + stamp;
    }

    /** Named graphs other than the papers' own: entities, meta. */
    public String graph(String name) {
        return base + "/graph/" + name;
    }

    /** The part of a resource IRI after the base, or null when the IRI is not under the base. */
    public String localPart(String iri) {
        return iri.startsWith(base + "/") ? iri.substring(base.length() + 1) : null;
    }
}
