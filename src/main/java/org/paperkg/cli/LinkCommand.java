package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.link.LinkImport;
import org.paperkg.source.InputError;
import org.paperkg.source.Origin;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Import links from the store's entities to other datasets from a mapping file: CSV with the columns "
                + "entity (IRI, or a label or other name of one entity), target (an absolute http(s) IRI) and optionally "
                + "predicate (skos:exactMatch, the default; skos:closeMatch; owl:sameAs).",
                "Links go into one named graph per target and predicate (graph/links/import-TARGET…), each described as a "
                        + "void:Linkset in the meta graph. Bad rows are reported as `error: FILE:LINE: reason`; the rest are stored."})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The mapping file.")
    Path csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(err);
        if (!Files.isRegularFile(csv)) {
            reporter.error(new InputError(new Origin(csv.toString(), 0), "no such file"));
            return Main.EXIT_REJECTED;
        }
        try (Store store = storeOptions.open()) {
            LinkImport.Result r = LinkImport.run(store, csv, reporter::error);
            StringBuilder sets = new StringBuilder();
            r.linksets().forEach((g, n) -> sets.append("; ").append(g.getURI()).append(" holds ").append(n));
            err.printf("link: %d rows read, %d links stored, %d rows rejected%s%n", r.rows(), r.stored(), r.rejected(), sets);
        }
        return reporter.errors() > 0 ? Main.EXIT_REJECTED : 0;
    }
}
