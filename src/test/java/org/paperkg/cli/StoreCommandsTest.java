package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → validate → stats → dump → load as a user runs them, with their exit codes and messages. */
@Tag("slow")
class StoreCommandsTest {

    @Test
    void theStoreCommandsWorkTogether(@TempDir Path dir) throws Exception {
        String store = dir.resolve("kg").toString();
        CliRun ingest = CliRun.of("ingest", "--store", store, "samples", "src/test/resources/inputs/papers.jsonl");
        assertEquals(1, ingest.code(), "papers.jsonl has bad records on purpose: " + ingest.err());
        assertTrue(ingest.err().contains("error: src/test/resources/inputs/papers.jsonl:5: not valid JSON"), ingest.err());
        assertTrue(ingest.err().matches("(?s).*ingest: 10 papers read, 10 new, 0 replaced, 0 unchanged, 4 rejected; store holds \\d+ quads.*"),
                ingest.err());

        CliRun validate = CliRun.of("validate", "--store", store);
        assertEquals(0, validate.code(), validate.out());
        assertTrue(validate.out().contains("validate: the store conforms to the shapes"));

        CliRun stats = CliRun.of("stats", "--store", store);
        assertEquals(0, stats.code());
        assertTrue(stats.out().contains("papers        10"), stats.out());

        Path dump = dir.resolve("kg.nq.gz");
        CliRun d = CliRun.of("dump", "--store", store, "--format", "nq", "--out", dump.toString());
        assertEquals(0, d.code(), d.err());
        String sha = Files.readString(dir.resolve("kg.nq.gz.sha256"));
        assertTrue(sha.matches("[0-9a-f]{64}  kg\\.nq\\.gz\\n"), sha);
        String voidTtl = Files.readString(dir.resolve("kg.nq.gz.void.ttl"));
        assertTrue(voidTtl.contains("dcterms:license") && voidTtl.contains("<https://creativecommons.org/licenses/by/4.0/>"), voidTtl);
        assertTrue(voidTtl.contains(sha.substring(0, 64)), "the VoID carries the file's checksum");

        // An N-Triples dump has no graphs: loading it would hide its triples behind the union default graph.
        Path nt = dir.resolve("kg.nt");
        assertEquals(0, CliRun.of("dump", "--store", store, "--format", "nt", "--out", nt.toString()).code());
        CliRun loadNt = CliRun.of("load", "--store", dir.resolve("copy").toString(), dump.toString(), nt.toString());
        assertEquals(2, loadNt.code(), loadNt.err());
        assertTrue(loadNt.err().contains(nt + ": N-Triples has no named graphs") && loadNt.err().contains("N-Quads or TriG"), loadNt.err());
        assertTrue(loadNt.err().contains("nothing loaded"), loadNt.err());
        Path empty = Files.writeString(dir.resolve("empty.nq"), "");
        assertEquals(0, CliRun.of("load", "--store", dir.resolve("copy").toString(), empty.toString()).code());
        CliRun validateNothing = CliRun.of("validate", "--store", dir.resolve("copy").toString());
        assertEquals(2, validateNothing.code(), "an empty store does not pass: " + validateNothing.out());
        assertTrue(validateNothing.err().contains("holds no data"), validateNothing.err());

        CliRun load = CliRun.of("load", "--store", dir.resolve("copy").toString(), dump.toString(), dir.resolve("missing.nq").toString());
        assertEquals(1, load.code(), load.err());
        assertTrue(load.err().contains("missing.nq: no such file"), load.err());

        CliRun validateCopy = CliRun.of("validate", "--store", dir.resolve("copy").toString());
        assertEquals(0, validateCopy.code(), validateCopy.out());
    }

    /** A dump reads the store and writes nothing to it; its sidecar describes exactly the file beside it. */
    @Test
    void dumpsOfOneStoreAreIdenticalAndTheirSidecarIsTrueOfThem(@TempDir Path dir) throws Exception {
        String store = dir.resolve("kg").toString();
        assertEquals(0, CliRun.of("ingest", "--store", store, "samples").code());
        Path links = dir.resolve("links.csv");
        Files.writeString(links, "entity,target\nWikiText-103,https://example.org/wt103\n");
        CliRun link = CliRun.of("link", "--store", store, "--csv", links.toString());
        assertEquals(0, link.code(), link.err());
        for (String format : new String[] {"nq", "nt"}) {
            Path first = dir.resolve("a/kg." + format + ".gz");
            Path second = dir.resolve("b/kg." + format + ".gz");
            Files.createDirectories(first.getParent());
            Files.createDirectories(second.getParent());
            assertEquals(0, CliRun.of("dump", "--store", store, "--format", format, "--out", first.toString()).code());
            assertEquals(0, CliRun.of("dump", "--store", store, "--format", format, "--out", second.toString()).code());
            assertEquals(-1, Files.mismatch(first, second), format + ": two dumps of one store are byte-identical");
            assertSidecarDescribes(first);
            assertSidecarDescribes(second);
            String text = gunzip(first);
            assertFalse(text.contains("dcat#Distribution") || text.contains("spdx.org"), "the dump holds no description of a file");
        }
    }

    private static void assertSidecarDescribes(Path file) throws Exception {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        // Read as a user reads it: relative IRIs resolve against where the sidecar lies.
        org.apache.jena.riot.RDFParser.source(file.resolveSibling(file.getFileName() + ".void.ttl")).parse(m);
        String q = """
                PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX spdx: <http://spdx.org/rdf/terms#>
                SELECT ?dist ?n ?size ?sha (COUNT(DISTINCT ?ls) AS ?linksets) WHERE {
                  ?d a void:Dataset ; void:triples ?n ; dcat:distribution ?dist .
                  ?dist dcat:byteSize ?size ; spdx:checksum/spdx:checksumValue ?sha .
                  OPTIONAL { ?d void:subset ?ls . ?ls a void:Linkset ; void:triples ?lt } } GROUP BY ?dist ?n ?size ?sha""";
        java.util.List<org.apache.jena.query.QuerySolution> rows = new java.util.ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecution.create().query(q).model(m).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        assertEquals(1, rows.size(), "one dataset, one distribution: " + rows);
        var r = rows.get(0);
        assertEquals(file.toUri().toString(), r.getResource("dist").getURI(), "the distribution is the file beside it");
        assertEquals(Files.size(file), r.getLiteral("size").getLong());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(sha, r.getLiteral("sha").getLexicalForm());
        assertEquals(gunzip(file).lines().count(), r.getLiteral("n").getLong(), "void:triples counts the file's statements");
        assertTrue(r.getLiteral("linksets").getLong() >= 1, "the linksets are described");
    }

    private static String gunzip(Path file) throws Exception {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aGraphlessTripleRejectsItsFile(@TempDir Path dir) throws Exception {
        Path trig = dir.resolve("mixed.trig");
        Files.writeString(trig, "<https://w3id.org/paperkg/paper/x> <http://purl.org/dc/terms/title> \"x\" .\n"
                + "<https://w3id.org/paperkg/paper/y> { <https://w3id.org/paperkg/paper/y> <http://purl.org/dc/terms/title> \"y\" }\n");
        String store = dir.resolve("kg").toString();
        CliRun load = CliRun.of("load", "--store", store, trig.toString());
        assertEquals(1, load.code(), load.err());
        assertTrue(load.err().contains(trig + ": ") && load.err().contains("outside any named graph"), load.err());
        assertEquals(2, CliRun.of("validate", "--store", store).code(), "nothing of the file was loaded");
    }

    @Test
    void validateExitsOneOnViolations(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.nq");
        Files.writeString(broken, "<https://w3id.org/paperkg/paper/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://w3id.org/paperkg/ontology#Paper> <https://w3id.org/paperkg/paper/x> .\n");
        String store = dir.resolve("kg").toString();
        assertEquals(0, CliRun.of("load", "--store", store, broken.toString()).code());
        CliRun v = CliRun.of("validate", "--store", store);
        assertEquals(1, v.code());
        assertTrue(v.out().contains("Violation: https://w3id.org/paperkg/paper/x <http://purl.org/dc/terms/title>"), v.out());
    }

    @Test
    void commandsThatReadAStoreRefuseAMistypedOneAndCreateNothing(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("kg-typo");
        Path emptyFolder = Files.createDirectory(dir.resolve("empty"));
        Path out = dir.resolve("kg.nq");
        for (Path store : List.of(typo, emptyFolder)) {
            for (List<String> command : List.of(List.of("stats"), List.of("query", "most-used-datasets"),
                    List.of("dump", "--format", "nq", "--out", out.toString()), List.of("validate"), List.of("serve", "--port", "0"))) {
                List<String> args = new ArrayList<>(command);
                args.addAll(1, List.of("--store", store.toString()));
                CliRun r = CliRun.of(args.toArray(String[]::new));
                assertEquals(2, r.code(), args + ": " + r.err());
                assertEquals("paperkg: no store at " + store + "\n", r.err(), args.toString());
                assertFalse(Files.exists(typo), args + " created the folder");
                try (var files = Files.list(emptyFolder)) {
                    assertEquals(0, files.count(), args + " wrote into a folder that is no store");
                }
                assertFalse(Files.exists(out), args.toString());
            }
        }
    }

    @Test
    void serveOffersNoUpdateAndSaysWhatToUseInstead(@TempDir Path dir) {
        // Refused before the store is opened: nothing starts, and a script that asked for updates learns why.
        for (List<String> options : List.of(List.of("--allow-update"), List.of("--allow-update", "--user", "editor"),
                List.of("--password-file", dir.resolve("pw").toString()), List.of("--load-allow", "https://data.example/"))) {
            List<String> args = new ArrayList<>(List.of("serve", "--store", dir.resolve("kg").toString(), "--port", "0"));
            args.addAll(options);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertTrue(r.err().contains("serve offers no SPARQL Update") && r.err().contains("ingest, load or link"), r.err());
            assertFalse(Files.exists(dir.resolve("kg")), args + " created a store");
        }
    }

    @Test
    void errorsNameWhatCouldNotBeWrittenOrOpenedAndWhy(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder\n");
        CliRun extract = CliRun.of("extract", "--records", "--out", notAFolder.resolve("papers.jsonl").toString(),
                "src/test/resources/inputs/papers.csv");
        assertEquals(2, extract.code(), extract.err());
        assertTrue(extract.err().endsWith("paperkg: cannot write " + notAFolder.resolve("papers.jsonl") + " (not a directory)\n"),
                extract.err());

        Path nq = Files.writeString(dir.resolve("one.nq"), "<https://w3id.org/paperkg/paper/x> <http://purl.org/dc/terms/title> \"x\" "
                + "<https://w3id.org/paperkg/paper/x> .\n");
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("load", "--store", store.toString(), nq.toString()).code());
        Path missing = dir.resolve("no-such-folder");
        CliRun dump = CliRun.of("dump", "--store", store.toString(), "--format", "nq", "--out", missing.resolve("kg.nq").toString());
        assertEquals(2, dump.code(), dump.err());
        assertEquals("paperkg: cannot write " + missing.resolve("kg.nq") + " (no such folder " + missing + ")\n", dump.err());

        // As root no permission is ever denied, so the store is made unopenable another way: its lock file a folder.
        Path lock = store.resolve("tdb.lock");
        Files.delete(lock);
        Files.createDirectory(lock);
        CliRun stats = CliRun.of("stats", "--store", store.toString());
        assertEquals(2, stats.code(), stats.err());
        assertEquals("paperkg: cannot open store " + store + " (is a directory: " + lock + ")\n", stats.err());
    }
}
