package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → validate → stats → dump → load as a user runs them, with their exit codes and messages. */
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

        CliRun load = CliRun.of("load", "--store", dir.resolve("copy").toString(), dump.toString(), dir.resolve("missing.nq").toString());
        assertEquals(1, load.code(), load.err());
        assertTrue(load.err().contains("missing.nq: no such file"), load.err());

        CliRun validateCopy = CliRun.of("validate", "--store", dir.resolve("copy").toString());
        assertEquals(0, validateCopy.code(), validateCopy.out());
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
