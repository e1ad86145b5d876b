package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.paperkg.rdf.Iris;

/**
 * Dereferences paperkg IRIs through the server: {@code /paper/…}, {@code /method/…} and the other IRI spaces map
 * to {@code BASE/paper/…}. Turtle, N-Triples, JSON-LD or RDF/XML by {@code Accept} (or {@code ?format=}), an HTML
 * page for browsers; 404 for an IRI the store says nothing about; {@code Vary: Accept} always. The VoID description is
 * built once per data version of the store ({@link Latest}); 503 only if the first build fails.
 */
final class LinkedData extends HttpServlet {
    static final String HTML = "text/html";
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml", HTML);
    private static final Map<String, String> FORMAT_PARAM = Map.of("ttl", "text/turtle", "nt", "application/n-triples",
            "jsonld", "application/ld+json", "rdf", "application/rdf+xml", "html", HTML);
    static final Map<String, RDFFormat> WRITERS = Map.of("text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/n-triples", RDFFormat.NTRIPLES, "application/ld+json", RDFFormat.JSONLD11,
            "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    private final Iris iris;
    private final Describer describer;
    /** When set, the resource served whatever the path (the VoID description at /.well-known/void). */
    private final Supplier<Model> fixed;
    private final String fixedIri;

    LinkedData(Iris iris, Describer describer) {
        this(iris, describer, null, null);
    }

    LinkedData(Iris iris, Describer describer, String fixedIri, Supplier<Model> fixed) {
        this.iris = iris;
        this.describer = describer;
        this.fixedIri = fixedIri;
        this.fixed = fixed;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String mediaType = negotiate(req, resp);
        if (mediaType == null) {
            return;
        }
        String iri = fixedIri != null ? fixedIri : iris.base() + req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Model m;
        try {
            m = fixed != null ? fixed.get() : describer.describe(iri);
        } catch (Latest.Unavailable e) {
            resp.setHeader("Retry-After", "10");
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy; try again shortly.");
            return;
        }
        if (m.isEmpty()) {
            resp.setContentType("text/plain;charset=utf-8");
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().println("Nothing is known about <" + iri + ">.");
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            if (mediaType.equals(HTML)) {
                resp.setContentType("text/html;charset=utf-8");
                String context = req.getContextPath();
                out.write(HtmlPage.render(m, iri, link -> {
                    String localPart = iris.localPart(link);
                    return localPart == null ? link : context + "/" + localPart;
                }).getBytes(StandardCharsets.UTF_8));
            } else {
                Lang lang = WRITERS.get(mediaType).getLang();
                resp.setContentType(mediaType + (lang.equals(Lang.NTRIPLES) || lang.equals(Lang.TURTLE) ? ";charset=utf-8" : ""));
                if (org.paperkg.dump.JsonLd.isJsonLd(lang)) {
                    org.paperkg.dump.JsonLd.write(out, m.getGraph());
                } else {
                    RDFDataMgr.write(out, m, WRITERS.get(mediaType));
                }
            }
        }
    }

    /** The media type to answer with: ?format= first, then the Accept header, Turtle when neither says. */
    /** The media type to answer {@code req} in, with {@code Vary: Accept} set; null, after a 406, when none is acceptable. */
    static String negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String mediaType = choose(req);
        if (mediaType == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Available: text/turtle, application/n-triples, application/ld+json, application/rdf+xml, text/html");
        }
        return mediaType;
    }

    private static String choose(HttpServletRequest req) {
        String param = req.getParameter("format");
        if (param != null) {
            return FORMAT_PARAM.get(param);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "text/turtle";
        }
        AcceptList wanted = new AcceptList(accept);
        // Browsers send text/html first and */* last: prefer HTML when it is named at the top.
        MediaType m = AcceptList.match(wanted, OFFERS);
        return m == null ? null : m.getContentTypeStr();
    }
}
