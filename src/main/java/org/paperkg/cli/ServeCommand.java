package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.serve.Server;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL with Apache Jena Fuseki: dataset /kg (sparql, get), the Fuseki UI at /, "
                + "paperkg IRIs dereferenced (/paper/…, /method/…), VoID at /.well-known/void, metrics at /$/metrics.",
                "Safe by default: loopback only, SERVICE off, queries stopped after --timeout with an error; always read-only "
                        + "(a SPARQL Update would bypass the entity bookkeeping: change the store with ingest, load, link or --ingest)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SEC",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}); a query that runs longer gets HTTP 503.")
    int timeout;

    /**
     * The options of the SPARQL Update endpoint serve once had: kept, hidden, so that a script using them gets the
     * reason and what to use instead rather than "unknown option".
     */
    @Option(names = "--allow-update", hidden = true)
    boolean allowUpdate;

    @Option(names = {"--user", "--password-file", "--load-allow"}, hidden = true)
    List<String> updateSettings = new ArrayList<>();

    @Option(names = "--cors", split = ",", paramLabel = "ORIGIN",
            description = "Origins allowed to query from a browser page elsewhere, comma-separated, or * for any (default: none).")
    List<String> cors = new ArrayList<>();

    @Option(names = "--service-allow", split = ",", paramLabel = "PREFIX",
            description = "Endpoints SERVICE may call, by IRI prefix (default: none, and SERVICE is off).")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--max-query-bytes", paramLabel = "N",
            description = "Largest query accepted, in bytes; a larger one gets 413 before it is parsed (default: ${DEFAULT-VALUE}).")
    int maxQueryBytes = Server.Config.DEFAULT_MAX_QUERY_BYTES;

    @Option(names = "--max-results", paramLabel = "N",
            description = "Most rows of a SELECT answer; a query whose answer has more gets 400 (default: ${DEFAULT-VALUE}).")
    int maxResults = Server.Config.DEFAULT_MAX_RESULTS;

    @Option(names = "--concurrent", paramLabel = "N",
            description = "Requests answered at once; the others wait their turn, up to twice the timeout (default: twice the cores, "
                    + "here ${DEFAULT-VALUE}).")
    int concurrent = Server.Config.DEFAULT_CONCURRENT_REQUESTS;

    @Option(names = "--ingest", split = ",", paramLabel = "PATH",
            description = "Ingest these inputs in the background while serving: queries see the store as of the last commit "
                    + "throughout, never a half-written paper. Rejected records are reported as by ingest; the server goes on.")
    List<Path> ingest = new ArrayList<>();

    @Option(names = "--ingest-batch", defaultValue = "1000", paramLabel = "N",
            description = "Papers per commit of the background ingest (default: ${DEFAULT-VALUE}).")
    int ingestBatch;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (allowUpdate || !updateSettings.isEmpty()) {
            // An error, not a usage message: the reason is what a script that asked for updates needs to read.
            throw new IllegalArgumentException("serve offers no SPARQL Update (--allow-update, "
                    + "--user, --password-file and --load-allow are gone): an update would change paper graphs without the "
                    + "entity bookkeeping (paper counts, co-occurrence counts, labels) that validate, stats and the dumps rely "
                    + "on. Change the store with ingest, load or link, or serve --ingest.");
        }
        long started = System.nanoTime();
        Path runDir = Files.createTempDirectory("paperkg-fuseki-");
        runDir.toFile().deleteOnExit();
        Server.Config config = new Server.Config(host, port, timeout, cors, serviceAllow, concurrent, maxQueryBytes, maxResults);
        try (Store store = storeOptions.openExisting()) {
            if (!ingest.isEmpty()) {
                startIngest(store, err, started);   // first, so that its models load while the server starts
            }
            serve(store, config, runDir, err);
        }
        return 0;
    }

    private void serve(Store store, Server.Config config, Path runDir, PrintWriter err) throws java.io.IOException {
        try (Server server = Server.start(store, config, runDir)) {
            String at = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
            err.printf("serve: %s/ (UI); SPARQL at %s%s/sparql; %s; timeout %d s; %d requests at once; SERVICE %s%s%n", at, at,
                    Server.DATASET, "read-only",
                    timeout, concurrent, serviceAllow.isEmpty() ? "off" : "allowed to " + serviceAllow,
                    cors.isEmpty() ? "" : "; CORS for " + cors);
            err.flush();
            server.join();
        }
    }

    /** One background thread runs the whole ingest pipeline on the served store; TDB2 lets readers go on meanwhile. */
    private void startIngest(Store store, PrintWriter err, long started) {
        Reporter reporter = new Reporter(err);
        Thread t = new Thread(() -> {
            try {
                Ingest.Summary s = new Ingest(store, new Extractor(), 2, ingestBatch)
                        .onCommit(stored -> reporter.note(String.format("serve: ingest committed, %d papers stored so far, %.1f s after start",
                                stored, (System.nanoTime() - started) / 1e9)))
                        .run(ingest, SourceFormat.AUTO, reporter::error, () -> {
                        });
                reporter.note("serve: ingest done: " + s.text());
                if (s.worthCompacting()) {
                    // TDB2 compacts a live database: queries running meanwhile finish on the old generation.
                    long t0 = System.nanoTime();
                    store.compact();
                    reporter.note(String.format("serve: store compacted in %.1f s", (System.nanoTime() - t0) / 1e9));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                reporter.note("serve: ingest failed, the store keeps every commit made before: " + e);
            }
        }, "paperkg-ingest");
        t.setDaemon(true);
        t.start();
    }
}
