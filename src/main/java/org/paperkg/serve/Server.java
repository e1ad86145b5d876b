package org.paperkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.paperkg.dump.DumpDescription;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.Vocab;
import org.paperkg.store.Store;

/**
 * The serve stage: Fuseki Main over the store. Dataset {@code /kg} with {@code sparql} (query) and {@code get}
 * (graph store, read); the Fuseki UI at {@code /} without the admin API; paperkg IRIs dereferenced; VoID at
 * {@code /.well-known/void}, the gzipped N-Quads dump it advertises, the ontology and the named graphs at their IRIs; Prometheus metrics at {@code /$/metrics}. Read-only
 * always (SPARQL Update would bypass the store's entity bookkeeping, see {@link UpdatesRefused}); SERVICE off unless an
 * allow-list is given; a query timeout answered as an error.
 */
public final class Server implements AutoCloseable {
    public static final String DATASET = "/kg";

    /**
     * How to serve. At most {@code concurrentRequests} requests run at once; the others wait their turn, for at most twice the timeout (long enough for a query ahead to end).
     */
    public record Config(String host, int port, int timeoutSeconds, List<String> corsOrigins, List<String> serviceAllowList,
                         int concurrentRequests, int maxQueryBytes, int maxResults) {
        /** Far above any catalogue query (the largest is a few kilobytes), far below what takes seconds to parse. */
        public static final int DEFAULT_MAX_QUERY_BYTES = 128 * 1024;
        /** Rows of a SELECT answer: the whole catalogue of the seeds fits many times; a cross product does not. */
        public static final int DEFAULT_MAX_RESULTS = 100_000;

        /** Twice the cores: queries are CPU-bound, so more at once only share the cores and the heap more thinly. */
        public static final int DEFAULT_CONCURRENT_REQUESTS = 2 * Runtime.getRuntime().availableProcessors();

        public Config {
            corsOrigins = List.copyOf(corsOrigins);
            serviceAllowList = List.copyOf(serviceAllowList);
            if (maxResults < 1) {
                throw new IllegalArgumentException("an answer needs at least one row");
            }
            if (maxQueryBytes < 1) {
                throw new IllegalArgumentException("a query needs at least one byte");
            }
            if (concurrentRequests < 1) {
                throw new IllegalArgumentException("at least one request must be able to run");
            }
        }
    }

    /** Requests that may wait for a turn; past it, 503 at once. */
    private static final int WAITING_REQUESTS = 10_000;

    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Server start(Store store, Config config, Path runDir) throws java.io.IOException {
        DatasetGraph dsg = store.queryServerDataset();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.timeoutSeconds() * 1000L));
        boolean service = !config.serviceAllowList().isEmpty();
        dsg.getContext().set(ARQ.httpServiceAllowed, service);
        // No update is served (below); should one ever run on this dataset, LOAD still reads no file and no URL.
        LoadAllowList.guard(dsg, List.of());
        if (service) {
            ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
            registry.getSingleChain().add(0, new ServiceAllowList(config.serviceAllowList()));
            ServiceExecutorRegistry.set(dsg.getContext(), registry);
        }
        DataService.Builder data = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get");
        Files.createDirectories(runDir);
        Describer describer = new Describer(store);
        LinkedData entities = new LinkedData(store.iris(), describer);
        FusekiServer.Builder b = FusekiServer.create()
                .port(config.port())
                .loopback(isLoopback(config.host()))
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                // The UI needs a server-control object and /$/server; the admin API (dataset create/delete) stays off.
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(runDir))
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true)
                .enableMetrics(true)
                .registerOperation(Operation.Query, new CompleteResults(new QueryLimits(config.maxQueryBytes(), config.maxResults())))
                .registerOperation(Operation.GSP_R, new UnionDefaultGraphGet())
                .add(DATASET, data)
                .addServlet("/.well-known/void", new LinkedData(store.iris(), describer,
                        DumpDescription.datasetIri(store.iris()), new Latest<>(store::dataVersion, () -> voidDescription(store))));
        for (String space : Iris.SPACES) {
            b.addServlet("/" + space + "/*", entities);
        }
        // The ontology, its shapes and alignments, from the jar (as validate reads them): their IRIs are fixed,
        // whatever the base of the data.
        for (String[] doc : new String[][] {{"ontology", "paperkg.ttl"}, {"shapes", "shapes.ttl"}, {"alignments", "alignments.ttl"}}) {
            Model m = ontologyFile(doc[1]);
            b.addServlet("/" + doc[0], new LinkedData(store.iris(), describer, ONTOLOGY_BASE + doc[0], () -> m));
        }
        b.addServlet("/graph/*", new GraphContent(store.iris(), store, describer));
        b.addServlet(DumpDownload.PATH, new DumpDownload(store));
        b.addFilter("/$/*", new ReadOnlyStatus());
        b.addFilter(DATASET, new UpdatesRefused());
        b.addFilter(DATASET + "/*", new UpdatesRefused());
        if (!config.corsOrigins().isEmpty()) {
            b.addFilter("/*", new Cors(config.corsOrigins()));
        }
        FusekiServer server = b.build();
        if (!isLoopback(config.host())) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(config.host().equals("0.0.0.0") ? null : config.host());
                }
            }
        }
        server.getJettyServer().setHandler(turns(server.getJettyServer().getHandler(), config));
        server.start();
        return new Server(server);
    }

    /**
     * Requests take turns: a query on a busy server waits instead of slowing every other one down, and a background
     * ingest keeps a share of the cores. A ping is answered out of turn, so a health check sees the server alive.
     */
    private static Handler turns(Handler fuseki, Config config) {
        QoSHandler turns = new QoSHandler(fuseki);
        turns.setMaxRequestCount(config.concurrentRequests());
        turns.setMaxSuspendedRequestCount(WAITING_REQUESTS);
        turns.setMaxSuspend(Duration.ofSeconds(2L * config.timeoutSeconds()));
        turns.excludePath("/$/ping");
        return turns;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** The description of the dataset as the store holds it now, its linksets included. */
    private static Model voidDescription(Store store) {
        Model m = DumpDescription.of(store, null);
        m.getResource(DumpDescription.datasetIri(store.iris()))
                .addProperty(Vocab.VOID.dataDump, m.createResource(DumpDownload.iri(store.iris())));
        return m;
    }

    /** Where w3id.org/paperkg/ontology, …/shapes and …/alignments are served from, as paths of this server. */
    private static final String ONTOLOGY_BASE = "https://w3id.org/paperkg/";

    private static Model ontologyFile(String name) throws java.io.IOException {
        try (java.io.InputStream in = Server.class.getResourceAsStream("/org/paperkg/ontology/" + name)) {
            if (in == null) {
                throw new java.io.IOException("the jar lacks org/paperkg/ontology/" + name);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
