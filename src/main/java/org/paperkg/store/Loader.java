package org.paperkg.store;

import java.nio.file.Path;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Imports RDF files (any syntax Jena reads, gzip included) into the store with the TDB2 phased bulk loader
 * (the default of Jena's tdb2.tdbloader; the parallel one wants more cores than a small machine has).
 * Each file is one bulk transaction: a file with a syntax error is rejected whole and the store keeps
 * what it had.
 */
public final class Loader {
    /** What loading one file did: statements loaded, or the error that rejected the file. */
    public record FileResult(Path file, long triples, long quads, String error) {
    }

    private Loader() {
    }

    public static FileResult load(Store store, Path file) {
        DataLoader loader = LoaderFactory.phasedLoader(store.dataset(), (fmt, args) -> {
        });
        loader.startBulk();
        try {
            loader.load(file.toString());
            loader.finishBulk();
            return new FileResult(file, loader.countTriples(), loader.countQuads(), null);
        } catch (RiotException | org.apache.jena.atlas.RuntimeIOException e) {
            loader.finishException(e);
            return new FileResult(file, 0, 0, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
