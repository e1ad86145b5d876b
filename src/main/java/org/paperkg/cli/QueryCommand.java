package org.paperkg.cli;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.paperkg.query.Catalogue;
import org.paperkg.query.QueryRunner;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a query of the catalogue (queries/) by name, or a SPARQL file, on the store. The default graph is "
                + "the union of all graphs.",
                "Catalogue: most-used-datasets, datasets-of-method, methods-proposed-per-task, metrics-per-dataset, "
                        + "best-result-per-dataset-metric, method-dataset-cooccurrence, papers-introducing-datasets, entity-aliases, "
                        + "code-per-method, results-without-dataset, external-links, fact-provenance, papers-by-method, "
                        + "tasks-most-addressed, method-families, export-lpwc, export-mls."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT queries give Turtle (table) or N-Triples.")
    QueryRunner.Format format;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the query (see its header); <…> for an IRI.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--print", description = "Print the query with its parameters bound, as SPARQL to send to an endpoint, "
            + "instead of running it (the store is not opened).")
    boolean print;

    @Parameters(paramLabel = "NAME|FILE", description = "A catalogue query name or a .rq file.")
    String query;

    @Override
    public Integer call() throws Exception {
        Catalogue.NamedQuery q;
        Query bound;
        try {
            q = Catalogue.load(query);
            bound = QueryRunner.bind(q, params);
        } catch (IllegalArgumentException | org.apache.jena.query.QueryParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (print) {
            spec.commandLine().getOut().print(bound.serialize());
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (Store store = storeOptions.openExisting()) {
            OutputStream out = System.out;
            store.read(dsg -> {
                QueryRunner.run(dsg, bound, format, out);
                return null;
            });
            out.flush();
        }
        return 0;
    }
}
