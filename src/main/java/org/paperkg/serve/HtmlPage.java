package org.paperkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.Vocab;

/** The page a browser gets for an IRI: label, other names, papers, results and links first, then every triple. */
final class HtmlPage {
    private static final List<Property> PAPER_LINKS = List.of(PKG.proposesMethod, PKG.usesMethod, PKG.introducesDataset,
            PKG.usesDataset, PKG.reportsMetric, PKG.addressesTask);

    private HtmlPage() {
    }

    /** {@code local} turns an IRI into the link to follow (its path on this server when under the base). */
    static String render(Model m, String iri, Function<String, String> local) {
        Resource r = m.getResource(iri);
        String label = first(r, RDFS.label, first(r, DCTerms.title, iri));
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(label)).append(" — paperkg</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}")
                .append(".iri{color:#555;font-family:monospace;word-break:break-all}.formats a{margin-right:.8rem}")
                .append("</style></head><body>\n<p><a href=\"/\">paperkg</a></p>\n");
        b.append("<h1>").append(esc(label)).append("</h1>\n<p class=\"iri\">").append(esc(iri)).append("</p>\n");
        List<String> types = new ArrayList<>();
        r.listProperties(RDF.type).forEachRemaining(s -> types.add(shortName(m, s.getObject())));
        types.sort(null);
        b.append("<p>").append(esc(String.join(", ", types))).append("</p>\n");
        List<String> alt = values(r, SKOS.altLabel);
        if (!alt.isEmpty()) {
            b.append("<p><b>Also called:</b> ").append(esc(String.join("; ", alt))).append("</p>\n");
        }
        String count = first(r, PKG.paperCount, null);
        if (count != null) {
            b.append("<p><b>Papers:</b> ").append(esc(count)).append("</p>\n");
        }
        String abstractText = first(r, DCTerms.abstract_, null);
        if (abstractText != null) {
            b.append("<h2>Abstract</h2>\n<p>").append(esc(abstractText)).append("</p>\n");
        }
        section(b, m, "Mentions", r.listProperties().toList().stream().filter(s -> PAPER_LINKS.contains(s.getPredicate())).toList(),
                s -> shortName(m, s.getPredicate()), Statement::getObject, local);
        section(b, m, "Papers", m.listStatements(null, null, r).toList().stream()
                        .filter(s -> PAPER_LINKS.contains(s.getPredicate())).toList(),
                s -> shortName(m, s.getPredicate()), Statement::getSubject, local);
        results(b, m, r, local);
        List<Statement> links = new ArrayList<>(r.listProperties(Vocab.BIB.codeRepository).toList());
        links.addAll(r.listProperties(RDFS.seeAlso).toList());
        section(b, m, "Links", links, s -> shortName(m, s.getPredicate()), Statement::getObject, local);
        b.append("<h2>All statements</h2>\n<table><tr><th>property</th><th>value</th></tr>\n");
        List<Statement> all = new ArrayList<>(r.listProperties().toList());
        all.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        for (Statement s : all) {
            b.append("<tr><td>").append(esc(shortName(m, s.getPredicate()))).append("</td><td>")
                    .append(node(m, s.getObject(), local)).append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"formats\">This resource as: ");
        for (String f : new String[] {"ttl", "nt", "jsonld", "rdf"}) {
            b.append("<a href=\"?format=").append(f).append("\">").append(f).append("</a>");
        }
        b.append("</p>\n</body></html>\n");
        return b.toString();
    }

    private static void results(StringBuilder b, Model m, Resource r, Function<String, String> local) {
        List<Resource> results = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, PKG.Result).forEachRemaining(res -> {
            if (res.equals(r) || res.hasProperty(PKG.reportedIn, r) || res.hasProperty(PKG.evaluatedMethod, r)
                    || res.hasProperty(PKG.onDataset, r) || res.hasProperty(PKG.metric, r)) {
                results.add(res);
            }
        });
        if (results.isEmpty()) {
            return;
        }
        results.sort(Comparator.comparing(Resource::getURI));
        b.append("<h2>Results</h2>\n<table><tr><th>value</th><th>metric</th><th>method</th><th>dataset</th><th>paper</th></tr>\n");
        for (Resource res : results) {
            b.append("<tr><td>").append(esc(first(res, PKG.valueText, first(res, PKG.value, ""))))
                    .append("</td><td>").append(link(m, res, PKG.metric, local))
                    .append("</td><td>").append(link(m, res, PKG.evaluatedMethod, local))
                    .append("</td><td>").append(link(m, res, PKG.onDataset, local))
                    .append("</td><td>").append(link(m, res, PKG.reportedIn, local)).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void section(StringBuilder b, Model m, String title, List<Statement> rows,
                                Function<Statement, String> kind, Function<Statement, RDFNode> target,
                                Function<String, String> local) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>").append(title).append("</h2>\n<table>\n");
        List<String> lines = new ArrayList<>();
        for (Statement s : rows) {
            lines.add("<tr><td>" + esc(kind.apply(s)) + "</td><td>" + node(m, target.apply(s), local) + "</td></tr>\n");
        }
        lines.sort(null);
        lines.forEach(b::append);
        b.append("</table>\n");
    }

    private static String link(Model m, Resource r, Property p, Function<String, String> local) {
        Statement s = r.getProperty(p);
        return s == null ? "" : node(m, s.getObject(), local);
    }

    private static String node(Model m, RDFNode n, Function<String, String> local) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return esc(l.getLexicalForm());
        }
        if (n.isAnon()) {
            return "(blank node)";
        }
        Resource r = n.asResource();
        String text = first(r, RDFS.label, first(r, DCTerms.title, shortName(m, r)));
        return "<a href=\"" + esc(local.apply(r.getURI())) + "\">" + esc(text) + "</a>";
    }

    private static String first(Resource r, Property p, String fallback) {
        Statement s = r.getProperty(p);
        return s == null ? fallback : s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString();
    }

    private static List<String> values(Resource r, Property p) {
        List<String> v = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> v.add(s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString()));
        v.sort(null);
        return v;
    }

    private static String shortName(PrefixMapping pm, RDFNode n) {
        if (!n.isURIResource()) {
            return n.toString();
        }
        String uri = n.asResource().getURI();
        String q = pm.qnameFor(uri);
        return q != null ? q : uri;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
