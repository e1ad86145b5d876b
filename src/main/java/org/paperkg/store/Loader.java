package org.paperkg.store;

import java.nio.file.Path;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Imports RDF files (any syntax Jena reads, gzip included) into the store with the TDB2 phased bulk loader
 * (the default of Jena's tdb2.tdbloader; the parallel one wants more cores than a small machine has).
 * Each file is one bulk transaction: a file with a syntax error is rejected whole and the store keeps
 * what it had. So is a file with triples outside any named graph: the store's default graph is the union of its
 * named graphs (one per paper), so such triples would be stored where no query, stats or validate sees them.
 */
public final class Loader {
    /** What loading one file did: statements loaded, or the error that rejected the file. */
    public record FileResult(Path file, long triples, long quads, String error) {
    }

    private Loader() {
    }

    /**
     * True when the file's syntax (by its name, .gz aside) cannot name graphs (N-Triples, Turtle, RDF/XML): nothing
     * in it could be loaded where queries see it.
     */
    public static boolean graphless(Path file) {
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        return lang != null && RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang);
    }

    private static void outsideGraphs(Triple triple) {
        throw new RiotException("a triple outside any named graph (" + triple + "): paperkg keeps every statement in a "
                + "named graph, and queries see their union; load the N-Quads or TriG dump");
    }

    public static FileResult load(Store store, Path file) {
        DataLoader loader = LoaderFactory.phasedLoader(store.dataset(), (fmt, args) -> {
        });
        loader.startBulk();
        try {
            // Parsed as the loader's own load(file) parses (gzip by name), through a check for graph-less triples.
            RDFDataMgr.parse(new StreamRDFWrapper(loader.stream()) {
                @Override
                public void triple(Triple triple) {
                    outsideGraphs(triple);
                }

                @Override
                public void quad(Quad quad) {
                    if (quad.isDefaultGraph()) {
                        outsideGraphs(quad.asTriple());
                    }
                    super.quad(quad);
                }
            }, file.toString());
            loader.finishBulk();
            return new FileResult(file, loader.countTriples(), loader.countQuads(), null);
        } catch (RiotException | org.apache.jena.atlas.RuntimeIOException e) {
            loader.finishException(e);
            return new FileResult(file, 0, 0, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
