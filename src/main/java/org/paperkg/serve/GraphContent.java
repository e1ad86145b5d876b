package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.Vocab.VOID;
import org.paperkg.store.Store;

/**
 * Dereferences the named graphs other than the papers' ({@code /graph/entities}, {@code /graph/meta},
 * {@code /graph/links/…}): their triples, with what the store says about the graph itself (a linkset's description)
 * first. Turtle and N-Triples are streamed from a read transaction, so the entities graph of a large store does not
 * sit in memory; JSON-LD and RDF/XML are written as the graph store protocol ({@code /kg/get}) writes them. Browsers
 * get a page with the graph's size and links to its content. 404 for a graph the store does not hold.
 */
final class GraphContent extends HttpServlet {
    private final Iris iris;
    private final Store store;
    private final Describer describer;

    GraphContent(Iris iris, Store store, Describer describer) {
        this.iris = iris;
        this.store = store;
        this.describer = describer;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String mediaType = LinkedData.negotiate(req, resp);
        if (mediaType == null) {
            return;
        }
        String iri = iris.base() + req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Node g = NodeFactory.createURI(iri);
        if (!store.read(dsg -> dsg.containsGraph(g))) {
            resp.setContentType("text/plain;charset=utf-8");
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().println("No graph <" + iri + "> in this store.");
            return;
        }
        Model about = describer.describe(iri);
        if (mediaType.equals(LinkedData.HTML)) {
            long size = store.read(dsg -> dsg.getGraph(g).size());
            Resource r = about.getResource(iri)
                    .addLiteral(VOID.triples, about.createTypedLiteral(Long.toString(size), XSDDatatype.XSDinteger));
            // A link for the page only (never serialised): the same triples through the graph store protocol.
            r.addProperty(RDFS.seeAlso, about.createResource(req.getContextPath() + "/kg/get?graph="
                    + URLEncoder.encode(iri, StandardCharsets.UTF_8)));
            resp.setContentType("text/html;charset=utf-8");
            String context = req.getContextPath();
            try (OutputStream out = resp.getOutputStream()) {
                out.write(HtmlPage.render(about, iri, link -> {
                    String localPart = iris.localPart(link);
                    return localPart == null ? link : context + "/" + localPart;
                }).getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        RDFFormat format = LinkedData.WRITERS.get(mediaType);
        boolean text = format.equals(RDFFormat.NTRIPLES) || format.equals(RDFFormat.TURTLE_PRETTY);
        resp.setContentType(mediaType + (text ? ";charset=utf-8" : ""));
        try (OutputStream out = resp.getOutputStream()) {
            store.read(dsg -> {
                // Union drops the graph's triples that repeat the description, without keeping a set of them.
                Graph content = new Union(about.getGraph(), dsg.getGraph(g));
                if (!text) {
                    RDFDataMgr.write(out, content, format);
                    return null;
                }
                StreamRDF stream = StreamRDFWriter.getWriterStream(out,
                        format.equals(RDFFormat.NTRIPLES) ? RDFFormat.NTRIPLES : RDFFormat.TURTLE_BLOCKS);
                stream.start();
                about.getNsPrefixMap().forEach(stream::prefix);
                for (Iterator<Triple> it = content.find(); it.hasNext(); ) {
                    stream.triple(it.next());
                }
                stream.finish();
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
