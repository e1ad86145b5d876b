package org.paperkg.cli;

import java.nio.file.Path;
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

    Store open() {
        return Store.open(store, iri.iris());
    }
}
