package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
                "Safe by default: read-only, loopback only, SERVICE off, queries stopped after --timeout with an error."})
final class ServeCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "PAPERKG_PASSWORD";
    /** The background ingest's first commit: one paper, committed as soon as it is extracted, then --ingest-batch ones. */
    static final int FIRST_COMMIT_PAPERS = 1;

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

    @Option(names = "--allow-update", description = "Accept SPARQL Update at /kg/update, for --user with the password "
            + "from --password-file or $" + PASSWORD_ENV + " (HTTP basic authentication).")
    boolean allowUpdate;

    @Option(names = "--user", defaultValue = "admin", paramLabel = "NAME", description = "The user allowed to update (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the update password (its first line).")
    Path passwordFile;

    @Option(names = "--cors", split = ",", paramLabel = "ORIGIN",
            description = "Origins allowed to query from a browser page elsewhere, comma-separated, or * for any (default: none).")
    List<String> cors = new ArrayList<>();

    @Option(names = "--service-allow", split = ",", paramLabel = "PREFIX",
            description = "Endpoints SERVICE may call, by IRI prefix (default: none, and SERVICE is off).")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--load-allow", split = ",", paramLabel = "PREFIX",
            description = "http(s) IRI prefixes SPARQL Update's LOAD may read from (default: none, and LOAD is refused; "
                    + "file: IRIs never).")
    List<String> loadAllow = new ArrayList<>();

    @Option(names = "--max-query-bytes", paramLabel = "N",
            description = "Largest query accepted, in bytes; a larger one gets 413 before it is parsed (default: ${DEFAULT-VALUE}).")
    int maxQueryBytes = Server.Config.DEFAULT_MAX_QUERY_BYTES;

    @Option(names = "--max-results", paramLabel = "N",
            description = "Most rows of a SELECT answer, and most triples of a CONSTRUCT or DESCRIBE answer; a query whose answer "
                    + "has more gets 400 (default: ${DEFAULT-VALUE}).")
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
            description = "Papers per commit of the background ingest, after its first paper, committed on its own "
                    + "(default: ${DEFAULT-VALUE}).")
    int ingestBatch;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String password = null;
        if (allowUpdate) {
            password = passwordFile != null ? Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                    : System.getenv(PASSWORD_ENV);
            if (password == null || password.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--allow-update needs a password in --password-file or $" + PASSWORD_ENV);
            }
        }
        long started = System.nanoTime();
        Path runDir = Files.createTempDirectory("paperkg-fuseki-");
        runDir.toFile().deleteOnExit();
        Server.Config config = new Server.Config(host, port, allowUpdate, user, password, timeout, cors, serviceAllow, concurrent,
                loadAllow, maxQueryBytes, maxResults);
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
                    Server.DATASET, allowUpdate ? "updates allowed for " + user + " at " + at + Server.DATASET + "/update" : "read-only",
                    timeout, concurrent, serviceAllow.isEmpty() ? "off" : "allowed to " + serviceAllow,
                    cors.isEmpty() ? "" : "; CORS for " + cors);
            err.flush();
            server.join();
        }
    }

    /** One background thread runs the whole ingest pipeline on the served store; TDB2 lets readers go on meanwhile. */
    private void startIngest(Store store, PrintWriter err, long started) {
        Reporter reporter = new Reporter(err);
        // The models load on a thread of their own, while the ingest reads its input and the store's known names and
        // while the server starts: the first commit comes seconds earlier on a busy machine.
        java.util.concurrent.CompletableFuture<Extractor> models = new java.util.concurrent.CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                models.complete(new Extractor());
            } catch (RuntimeException | Error e) {
                models.completeExceptionally(e);
            }
        }, "paperkg-models");
        loader.setDaemon(true);
        loader.start();
        Thread t = new Thread(() -> {
            try {
                Ingest.Summary s = new Ingest(store, models::join, 2, ingestBatch)
                        .firstCommitAfter(FIRST_COMMIT_PAPERS)
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
