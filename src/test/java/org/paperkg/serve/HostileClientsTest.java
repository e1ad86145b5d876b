package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/**
 * Issue 18's hostile client against a real {@code paperkg serve} in its own JVM with {@code -Xmx1g} and every
 * safeguard at its default: each hostile request, several at once, gets a 4xx or 503, never a 500 or a dropped
 * connection; a well-behaved client querying meanwhile sees no error but a 503 turn; and afterwards the server is
 * still up, answers 200, and its log never mentions running out of heap.
 */
@Tag("slow")
class HostileClientsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String COUNT_PAPERS = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
    private static final Pattern LISTENING = Pattern.compile("serve: http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private record Hostile(String name, HttpRequest request) {
    }

    @Test
    void aOneGigabyteServerRefusesEveryHostileQueryAndStaysUp() throws Exception {
        Path kg = dir.resolve("kg");
        try (Store store = Store.open(kg, Iris.standard())) {
            new Ingest(store, new Extractor(), 2, 100).run(List.of(Path.of("samples")), SourceFormat.AUTO, e -> {
            }, () -> {
            });
        }
        Path secret = Files.writeString(dir.resolve("secret.nt"), "<urn:x:secret> <urn:x:p> \"leaked\" .\n");
        Path log = dir.resolve("serve.log");
        Process server = serve(kg, log);
        try {
            String base = "http://127.0.0.1:" + awaitPort(server, log);
            String sparql = base + "/kg/sparql";
            List<Hostile> hostile = List.of(
                    select("cross product", sparql, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                    select("sorted cross product", sparql, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"),
                    select("grouped cross product", sparql,
                            "SELECT ?a ?f (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?a ?f"),
                    select("distinct cross product", sparql, "SELECT DISTINCT ?a ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f }"),
                    new Hostile("huge CONSTRUCT as JSON-LD", HttpRequest.newBuilder(URI.create(sparql + "?query="
                            + enc("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"))).header("Accept", "application/ld+json").build()),
                    post("deep nesting", sparql, "application/sparql-query",
                            "SELECT * WHERE " + "{ ".repeat(10_000) + "?s ?p ?o" + " }".repeat(10_000)),
                    post("deep OPTIONAL", sparql, "application/sparql-query",
                            "SELECT * WHERE " + "OPTIONAL { ".repeat(1000) + "?s ?p ?o" + " }".repeat(1000)),
                    post("10 MB POST", sparql, "application/sparql-query",
                            "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(10 * 1024 * 1024) + "\") }"),
                    post("LOAD <file:…>", base + "/kg/update", "application/sparql-update",
                            "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:loaded>"),
                    post("LOAD <file:///etc/passwd> to the query endpoint", sparql, "application/sparql-update",
                            "LOAD <file:///etc/passwd>"),
                    select("SERVICE to a host not allowed", sparql,
                            "SELECT * WHERE { SERVICE <http://198.51.100.7/sparql> { ?s ?p ?o } }"),
                    select("SERVICE climbing out of the allowed prefix", sparql,
                            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/ok/%2e%2e/evil> { ?s ?p ?o } }"));

            // A well-behaved client queries throughout; the server may make it wait, or 503 when its turn never comes.
            AtomicBoolean hostileRunning = new AtomicBoolean(true);
            Map<String, Integer> wellBehaved = new ConcurrentHashMap<>();
            CompletableFuture<Void> polite = CompletableFuture.runAsync(() -> {
                while (hostileRunning.get()) {
                    String outcome;
                    try {
                        outcome = String.valueOf(HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(COUNT_PAPERS)))
                                .timeout(Duration.ofSeconds(60)).header("Accept", "text/csv").build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode());
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    wellBehaved.merge(outcome, 1, Integer::sum);
                }
            });
            // Three of each at once: more than the server's turns, so some wait while the others run.
            Map<String, List<CompletableFuture<HttpResponse<String>>>> answers = new java.util.LinkedHashMap<>();
            for (Hostile h : hostile) {
                List<CompletableFuture<HttpResponse<String>>> copies = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    copies.add(HTTP.sendAsync(h.request(), HttpResponse.BodyHandlers.ofString()));
                }
                answers.put(h.name(), copies);
            }
            List<String> wrong = new ArrayList<>();
            Map<String, Integer> seen = new java.util.TreeMap<>();
            for (var e : answers.entrySet()) {
                for (var answer : e.getValue()) {
                    try {
                        HttpResponse<String> r = answer.get(3, TimeUnit.MINUTES);
                        int status = r.statusCode();
                        seen.merge(e.getKey() + " " + status, 1, Integer::sum);
                        if (!(status >= 400 && status < 500 || status == 503)) {
                            wrong.add(e.getKey() + ": " + status + " " + r.body().substring(0, Math.min(200, r.body().length())));
                        }
                        assertFalse(r.body().contains("root:"), "no word of a local file in an answer");
                    } catch (java.util.concurrent.ExecutionException ex) {
                        wrong.add(e.getKey() + ": " + ex.getCause());
                    }
                }
            }
            hostileRunning.set(false);
            polite.get(3, TimeUnit.MINUTES);
            assertTrue(wrong.isEmpty(), "every hostile request gets 4xx or 503: " + wrong);
            assertTrue(server.isAlive(), "the server is up");
            assertTrue(wellBehaved.keySet().stream().allMatch(k -> k.equals("200") || k.equals("503")),
                    "the well-behaved client saw 200 or a 503 turn, no other error: " + wellBehaved);
            assertTrue(wellBehaved.getOrDefault("200", 0) > 0, "and some answers: " + wellBehaved);
            HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(COUNT_PAPERS)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode(), after.body());
            assertTrue(after.body().contains("5"), after.body());
            HttpResponse<String> leaked = HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                    + enc("ASK { ?s ?p \"leaked\" }"))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(leaked.body().contains("false"), leaked.body());
            String text = Files.readString(log);
            assertFalse(text.contains("OutOfMemoryError") || text.contains("Java heap space"), "no heap exhaustion in the log");
            System.out.println("HostileClientsTest: hostile requests answered " + seen + "; the well-behaved client meanwhile "
                    + wellBehaved);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** {@code paperkg serve} in a JVM of its own with a 1 GB heap, SERVICE allowed to one prefix only. */
    private static Process serve(Path kg, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.paperkg.cli.Main",
                "serve", "--store", kg.toString(), "--port", "0", "--timeout", "5", "--service-allow", "http://127.0.0.1:9/ok/")
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File("."));
        return pb.start();
    }

    private static int awaitPort(Process server, Path log) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            assertTrue(server.isAlive(), () -> "the server ended: " + read(log));
            Matcher m = LISTENING.matcher(read(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not come up: " + read(log));
    }

    private static String read(Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            return r.lines().reduce("", (a, b) -> a + b + "\n");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Hostile select(String name, String sparql, String query) {
        return new Hostile(name, HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(query))).timeout(Duration.ofMinutes(3))
                .header("Accept", "application/sparql-results+json").build());
    }

    private static Hostile post(String name, String url, String contentType, String body) {
        return new Hostile(name, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(3)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
