package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print how many papers, entities of each type, mentions, results, runs, graphs and quads the store holds.")
final class StatsCommand implements Callable<Integer> {
    private static final String PKG = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> ";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("papers", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Paper }");
        counts.put("methods", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Method }");
        counts.put("datasets", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Dataset }");
        counts.put("metrics", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Metric }");
        counts.put("tasks", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Task }");
        counts.put("mentions", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Mention }");
        counts.put("results", "SELECT (COUNT(*) AS ?n) { ?x a pkg:Result }");
        counts.put("ingest runs", "SELECT (COUNT(*) AS ?n) { ?x a pkg:ExtractionRun }");
        counts.put("named graphs", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        counts.put("quads", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        try (Store store = storeOptions.openExisting()) {
            store.read(dsg -> {
                counts.forEach((name, q) -> {
                    try (QueryExecution qe = QueryExecution.create().query(PKG + q).dataset(DatasetFactory.wrap(dsg)).build()) {
                        out.printf("%-13s %d%n", name, qe.execSelect().next().getLiteral("n").getLong());
                    }
                });
                return null;
            });
            out.printf("%-13s %.1f MB%n", "disk", store.diskBytes() / 1e6);
        }
        out.flush();
        return 0;
    }
}
