package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.paperkg.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that works on a store shares. */
final class StoreOptions {
    @Option(names = "--store", defaultValue = "paperkg-data", paramLabel = "DIR",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Mixin
    IriOptions iri;

    /** Opens the store, creating it when missing: for the commands that fill one (ingest, load, link). */
    Store open() {
        try {
            return Store.open(store, iri.iris());
        } catch (RuntimeException e) {
            // TDB2 names the file it failed on, not the store.
            throw new IllegalStateException("cannot open store " + store + " (" + Main.why(e, store) + ")", e);
        }
    }

    /**
     * Opens a store that exists. The commands that only read or serve one use this, so that a mistyped
     * {@code --store} is an error instead of a new empty store answering with zeros.
     */
    Store openExisting() {
        // TDB2 keeps its data in a Data-NNNN folder, made when the store is first opened.
        if (!Files.isDirectory(store) || DatabaseOps.findStorageLocation(store) == null) {
            throw new IllegalArgumentException("no store at " + store);
        }
        return open();
    }
}
