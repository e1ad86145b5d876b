package org.paperkg.cli;

import org.paperkg.rdf.Iris;
import picocli.CommandLine.Option;

/** The base of the IRIs paperkg mints. */
final class IriOptions {
    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, paramLabel = "IRI",
            description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
    String base;

    Iris iris() {
        return new Iris(base);
    }
}
