package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/**
 * A person's view: headless Chromium opens the Fuseki UI of a real paperkg server, runs a query in the editor and
 * reads the result table. Needs Debian's chromium and {@code npm ci} in src/test/browser (.ci/run installs both and
 * sets PAPERKG_REQUIRE_BROWSER=1, so that in CI a missing browser fails instead of skipping).
 */
class UiBrowserTest {
    private static final Path SCRIPT_DIR = Path.of("src/test/browser");

    @Test
    void aQueryRunInTheUiShowsItsRows(@TempDir Path dir) throws Exception {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"));
        if ("1".equals(System.getenv("PAPERKG_REQUIRE_BROWSER"))) {
            assertTrue(ready, "chromium and src/test/browser/node_modules are required here");
        }
        assumeTrue(ready, "chromium or playwright-core not installed");
        try (Store store = Store.open(dir.resolve("kg"), Iris.standard())) {
            new Ingest(store, new Extractor(), 2, 100).run(List.of(Path.of("samples")), SourceFormat.AUTO, e -> {
            }, () -> {
            });
            try (Server server = Server.start(store, new Server.Config("127.0.0.1", 0, 30, List.of(), List.of(),
                    Server.Config.DEFAULT_CONCURRENT_REQUESTS,
                Server.Config.DEFAULT_MAX_QUERY_BYTES, Server.Config.DEFAULT_MAX_RESULTS),
                    dir.resolve("run"))) {
                String query = "PREFIX pkg: <https://w3id.org/paperkg/ontology#>\n"
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                        + "SELECT ?method WHERE { ?paper pkg:proposesMethod ?m . ?m rdfs:label ?method } ORDER BY ?method";
                Process node = new ProcessBuilder("node", "ui-query.mjs", "http://127.0.0.1:" + server.port(), query)
                        .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true).start();
                String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(node.waitFor(90, TimeUnit.SECONDS), "browser run finished");
                assertEquals(0, node.exitValue(), out);
                JsonNode result = new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
                String rows = result.get("rows").toString();
                for (String method : List.of("KiteNet", "LoRER", "OA", "TabPrior")) {
                    assertTrue(rows.contains(method), method + " in " + rows);
                }
                assertEquals(0, result.get("failedRequests").size(), "no request failed but the prefix look-up: " + result);
            }
        }
    }
}
