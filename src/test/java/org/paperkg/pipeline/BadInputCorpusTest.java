package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperkg.StoredGraphs;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Iris;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.Collected;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;
import org.paperkg.store.Store;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs/files}, documented in MANIFEST.tsv beside it): each file alone gives
 * exactly the papers and errors the manifest lists; ingested all together into a store that already holds the
 * samples, the good records land, the bad ones are counted as rejected, and the papers stored before are untouched.
 */
class BadInputCorpusTest {
    private static final Path FOLDER = Path.of("src/test/resources/bad-inputs");
    private static final Path CORPUS = FOLDER.resolve("files");

    /** One row of the manifest. */
    record Expected(String file, String papers, String errors, String handling) {
        @Override
        public String toString() {
            return file;
        }

        List<String> errorList() {
            return errors.equals("-") ? List.of() : Arrays.asList(errors.split(" \\|\\| "));
        }
    }

    static List<Expected> manifest() throws IOException {
        try (Reader in = Files.newBufferedReader(FOLDER.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            List<Expected> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get().parse(in)) {
                rows.add(new Expected(r.get("file"), r.get("papers"), r.get("errors"), r.get("handling")));
            }
            return rows;
        }
    }

    @Test
    void theCorpusHasThirtyOrMoreFilesAndEachIsDocumented() throws IOException {
        List<Expected> rows = manifest();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(names, rows.stream().map(Expected::file).toList());
        }
        assertTrue(rows.size() >= 30, "files: " + rows.size());
        rows.forEach(r -> assertFalse(r.handling().isBlank(), r.file()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void eachFileGivesTheDocumentedPapersAndErrors(Expected expected) {
        Path file = CORPUS.resolve(expected.file());
        Collected c = new Collected();
        Sources.read(List.of(file), SourceFormat.AUTO, new org.paperkg.source.DistinctPapers(c));
        List<String> ids = c.papers.stream().map(Paper::id).toList();
        if (expected.papers().startsWith("#")) {
            assertEquals(Integer.parseInt(expected.papers().substring(1)), ids.size());
        } else {
            assertEquals(expected.papers().equals("-") ? List.of() : List.of(expected.papers().split(",")), ids);
        }
        List<String> errors = c.errors.stream()
                .map(e -> {
                    assertEquals(file.toString(), e.origin().file(), "every error names its file");
                    return e.origin().line() + ": " + e.message().replace(file.toString(), "{file}");
                })
                .toList();
        assertEquals(expected.errorList(), errors);
    }

    @Test
    void controlCharactersEscapeCodesBidiControlsAndLatexAreCleanedAndTheTextKept() {
        Map<String, Paper> read = new HashMap<>();
        Collected c = new Collected();
        Sources.read(List.of(CORPUS.resolve("28-control-characters.jsonl"), CORPUS.resolve("29-control-characters.txt"),
                CORPUS.resolve("30-rtl.jsonl"), CORPUS.resolve("31-latex-math.jsonl"), CORPUS.resolve("16-cr-only.txt")), SourceFormat.AUTO, c);
        c.papers.forEach(p -> read.put(p.id(), p));
        assertEquals("Bell and Escape Codes", read.get("bad-ctl-1").title());
        assertEquals("ZeroWidth Spaces in ResNet", read.get("bad-ctl-2").title());
        assertTrue(read.get("bad-ctl-1").abstractText().startsWith("Tabs and form feeds and a NUL escape inside We train"));
        assertEquals("Escape Codes in a Title", c.papers.get(2).title());
        assertEquals("\u05dc\u05de\u05d9\u05d3\u05ea \u05de\u05db\u05d5\u05e0\u05d4 \u05d1\u05e2\u05d1\u05e8\u05d9\u05ea", read.get("bad-rtl-2").title());
        assertEquals("We evaluate mBERT on a Hebrew reversed benchmark and isolate the effect of tokenization.", read.get("bad-rtl-2").abstractText());
        assertEquals("Attention in O(n log n) Time with Sparse Kernels", read.get("bad-tex-1").title());
        assertTrue(read.get("bad-tex-1").abstractText().contains("$O(n \\log n)$"), "abstracts keep their LaTeX");
        assertEquals("Unbalanced $ Dollar in Title", read.get("bad-tex-2").title());
        assertEquals(List.of("Compact Networks for Small Images", "Retrieval Helps Small Language Models"),
                c.papers.subList(c.papers.size() - 2, c.papers.size()).stream().map(Paper::title).toList());
    }

    @Tag("slow")
    @Test
    void ingestingTheWholeCorpusKeepsWhatWasStoredAndStoresEveryGoodRecord(@TempDir Path dir) throws Exception {
        List<Expected> rows = manifest();
        Extractor extractor = new Extractor();
        try (Store store = Store.open(dir.resolve("kg"), Iris.standard())) {
            new Ingest(store, extractor, 2, 50).run(List.of(Path.of("samples")), SourceFormat.AUTO, e -> {
            }, () -> {
            });
            Map<Node, Graph> before = StoredGraphs.papers(store);
            assertEquals(5, before.size());

            List<InputError> errors = new ArrayList<>();
            Ingest.Summary s = new Ingest(store, extractor, 2, 50).run(List.of(CORPUS), SourceFormat.AUTO, errors::add, () -> {
            });

            int expectedErrors = rows.stream().mapToInt(r -> r.errorList().size()).sum();
            assertEquals(expectedErrors, errors.size(), () -> errors.stream().map(InputError::toString).reduce("", (a, b) -> a + "\n" + b));
            assertEquals(expectedErrors, s.rejected());
            Map<Node, Graph> after = StoredGraphs.papers(store);
            before.forEach((iri, g) -> assertTrue(g.isIsomorphicWith(after.get(iri)), "sample paper unchanged: " + iri));
            for (Expected r : rows) {
                if (!r.papers().startsWith("#") && !r.papers().equals("-")) {
                    for (String id : r.papers().split(",")) {
                        Node iri = NodeFactory.createURI(store.iris().paper(id));
                        assertTrue(after.containsKey(iri), r.file() + ": " + id + " stored");
                    }
                }
            }
            for (String rejected : List.of("bad-latin1", "bad-types-1", "bad-noabs-1", "bad-json-1", "bad-nul")) {
                assertNull(store.storedHash(NodeFactory.createURI(store.iris().paper(rejected))), rejected + " not stored");
            }
            // 19-truncated.jsonl.gz gave its records before the cut; every stored paper has its whole graph.
            assertEquals(s.added() + 5, after.size());
        }
    }
}
