package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users call it: output shape, exit codes, messages. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INPUTS = "src/test/resources/inputs/";

    private static List<JsonNode> lines(CliRun r) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            if (!l.isBlank()) {
                nodes.add(JSON.readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void extractPrintsOneObjectPerDistinctPaperInTheDesignShape() throws Exception {
        CliRun r = CliRun.of("extract", INPUTS + "listing-blank-lines.txt", INPUTS + "listing-no-blank-lines.txt");
        assertEquals(1, r.code(), "one orphan title was rejected: " + r.err());
        List<JsonNode> papers = lines(r);
        assertEquals(5, papers.size(), "KiteNet appears in both files and is printed once");
        JsonNode kite = papers.get(0);
        assertEquals(List.of("id", "title", "iri", "methods", "datasets", "metrics", "tasks", "results", "code"),
                iterable(kite.fieldNames()));
        assertEquals("https://w3id.org/paperkg/paper/" + kite.get("id").asText(), kite.get("iri").asText());
        JsonNode method = kite.get("methods").get(0);
        assertEquals("KiteNet", method.get("label").asText());
        assertEquals("proposed", method.get("role").asText());
        assertEquals("https://w3id.org/paperkg/method/kitenet", method.get("iri").asText());
        JsonNode result = kite.get("results").get(0);
        assertEquals(81.2, result.get("value").asDouble());
        assertEquals("%", result.get("unit").asText());
        assertEquals("ImageNet-1K", result.get("dataset").asText());
        assertEquals("https://github.com/example-lab/kitenet", kite.get("code").get(0).asText());
        assertTrue(r.err().contains("error: " + INPUTS + "listing-no-blank-lines.txt:5: title"), r.err());
        assertTrue(r.err().contains("extract: 6 records read, 5 distinct papers (1 repeats merged), 1 rejected"), r.err());
    }

    @Test
    void extractExitsZeroWhenNothingIsRejectedAndWritesGzip(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("papers.jsonl.gz");
        CliRun r = CliRun.of("extract", "--threads", "1", "--out", out.toString(), INPUTS + "arxiv-oai.xml");
        assertEquals(0, r.code(), r.err());
        String text = new String(new GZIPInputStream(Files.newInputStream(out)).readAllBytes(), "UTF-8");
        assertEquals(2, text.split("\n").length);
        assertTrue(text.contains("\"id\":\"hep-th/9901001\""));
        // No encoded slash, which w3id.org and Jetty refuse: the old-style id keeps its slash as a path separator.
        assertTrue(text.contains("\"iri\":\"https://w3id.org/paperkg/paper/hep-th/9901001\""), text);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("extract").code());
        assertEquals(2, CliRun.of("extract", "--format", "docx", INPUTS + "papers.csv").code());
        assertEquals(2, CliRun.of("no-such-command").code());
    }

    @Test
    void anUnknownQueryNameIsAUsageErrorThatListsTheCatalogue(@TempDir Path dir) {
        CliRun r = CliRun.of("query", "--store", dir.resolve("kg").toString(), "no-such-query");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no catalogue query named \"no-such-query\"") && r.err().contains("most-used-datasets"), r.err());
        CliRun p = CliRun.of("query", "--store", dir.resolve("kg").toString(), "--param", "nope=1", "most-used-datasets");
        assertEquals(2, p.code());
        assertTrue(p.err().contains("has no parameter \"nope\" (it takes none)"), p.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("ingest", "extract", "serve", "dump", "load", "query", "validate", "stats")) {
            CliRun r = CliRun.of(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: paperkg " + c), r.out());
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
