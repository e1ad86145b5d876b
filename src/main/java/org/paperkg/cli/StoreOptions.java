package org.paperkg.cli;

import java.nio.file.Path;
import org.paperkg.rdf.Iris;
import org.paperkg.store.Store;
import picocli.CommandLine.Option;

/** The options every command that works on a store shares. */
final class StoreOptions {
    @Option(names = "--store", defaultValue = "paperkg-data", paramLabel = "DIR",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, paramLabel = "IRI",
            description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
    String base;

    Store open() {
        return Store.open(store, new Iris(base));
    }
}
