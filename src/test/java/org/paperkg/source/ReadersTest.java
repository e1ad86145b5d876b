package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.source.Collected.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reader on a fixture written for it: what comes through, and the exact errors for what does not. */
class ReadersTest {

    @Test
    void pageDumpWithBlankLinesSkipsChromeAndDates() {
        Collected c = Collected.read(SourceFormat.AUTO, fixture("listing-blank-lines.txt"));
        assertEquals(List.of("KiteNet: Sparse Kernels for Fast Image Classification",
                "Orbit Attention for Long Sequences", "Why Do Small Models Forget?"), c.titles());
        assertEquals(List.of(), c.errors);
        Paper first = c.papers.get(0);
        assertEquals(11, first.origin().line());
        assertTrue(first.abstractText().startsWith("We propose KiteNet"));
        assertTrue(first.id().matches("t-[0-9a-f]{16}"), first.id());
    }

    @Test
    void pageDumpWithoutBlankLinesSplitsGluedChromeAndReportsAnOrphanTitle() {
        Collected c = Collected.read(SourceFormat.PAGES, fixture("listing-no-blank-lines.txt"));
        assertEquals(List.of("KiteNet: Sparse Kernels for Fast Image Classification", "Tabular Priors for Tiny Datasets",
                "Short Notes Are Abstracts Too"), c.titles());
        assertEquals("This note has a short abstract.", c.papers.get(2).abstractText());
        assertEquals(List.of("src/test/resources/inputs/listing-no-blank-lines.txt:5: title \"A Title Whose Abstract Went Missing\" has no abstract; skipped"),
                c.errorTexts());
    }

    @Test
    void samePaperInTwoDumpsHasOneId() {
        Collected a = Collected.read(SourceFormat.AUTO, fixture("listing-blank-lines.txt"));
        Collected b = Collected.read(SourceFormat.AUTO, fixture("listing-no-blank-lines.txt"));
        assertEquals(a.papers.get(0).id(), b.papers.get(0).id());
    }

    @Test
    void jsonLinesKeepsGoodRecordsAndNamesEachBadLine() {
        Collected c = Collected.read(SourceFormat.AUTO, fixture("papers.jsonl"));
        assertEquals(List.of("2501.00001", "42", "d-", "2402.12345", "last"),
                c.papers.stream().map(p -> p.id().startsWith("d-") ? "d-" : p.id()).toList());
        String f = "src/test/resources/inputs/papers.jsonl:";
        List<String> errors = c.errorTexts();
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(f + "5: not valid JSON ("), errors.get(0));
        assertEquals(f + "6: field \"title\" must be a string, not array; skipped", errors.get(1));
        assertEquals(f + "7: record \"A Record Without an Abstract\" has no abstract; skipped", errors.get(2));
        assertEquals(f + "8: expected a JSON object, found array; skipped", errors.get(3));
    }

    @Test
    void jsonLinesNormalisesArxivMetadata() {
        Collected c = Collected.read(SourceFormat.JSONL, fixture("papers.jsonl"));
        Paper sma = c.papers.get(0);
        assertEquals("Sparse Mixture of Adapters for O(1) Routing", sma.title());
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"), sma.authors());
        assertEquals(List.of("cs.CL", "cs.LG"), sma.categories());
        assertEquals("2501.00001", sma.arxivId());
        assertEquals("10.1234/sma.2025", sma.doi());
        assertEquals(null, sma.date(), "update_date is the last version's date, not the date of issue");
        assertEquals("2025-01-02", sma.modified());
        assertEquals(List.of("One Author", "Two Author"), c.papers.get(1).authors());
        assertEquals("10.5555/ABC.123", c.papers.get(2).doi());
        Paper latex = c.papers.get(3);
        assertEquals("Prüfung of Robust Training", latex.title());
        assertEquals(List.of("Jorg Muller", "Jane Smith"), latex.authors());
        assertEquals("2402.12345", latex.id());
    }

    @Test
    void arxivOaiReadsBothMetadataFormatsAndPassesOverDeletedRecords() {
        Collected c = Collected.read(SourceFormat.AUTO, fixture("arxiv-oai.xml"));
        assertEquals(List.of(), c.errors);
        assertEquals(List.of("2403.00001", "hep-th/9901001"), c.papers.stream().map(Paper::id).toList());
        Paper gt = c.papers.get(0);
        assertEquals("Graph Transformers without Positional Encodings", gt.title());
        assertTrue(gt.abstractText().startsWith("We show that graph transformers can drop positional encodings when"));
        assertEquals(List.of("Emmy Noether", "Kurt Gödel"), gt.authors());
        assertEquals("10.9999/gt.2024", gt.doi());
        assertEquals("2024-03-01", gt.date());
        assertEquals(List.of("A. Author", "B. Author"), c.papers.get(1).authors());
    }

    @Test
    void truncatedXmlKeepsTheRecordsBeforeTheDamage() {
        Collected c = Collected.read(SourceFormat.ARXIV, fixture("arxiv-truncated.xml"));
        assertEquals(List.of("Complete Record Before the Damage"), c.titles());
        assertEquals(1, c.errors.size());
        String e = c.errors.get(0).toString();
        assertTrue(e.startsWith("src/test/resources/inputs/arxiv-truncated.xml:") && e.contains("not well-formed XML"), e);
        assertTrue(c.errors.get(0).origin().line() >= 18, e);
    }

    @Test
    void csvWithQuotedMultiLineFieldsAndAnyHeaderCase() {
        Collected c = Collected.read(SourceFormat.AUTO, fixture("papers.csv"));
        assertEquals(List.of("Contrastive Pretraining for Tables", "Quoted, With Comma"), c.titles());
        assertEquals("We propose TabCL, a contrastive objective for tabular encoders. It spans two lines inside quotes.",
                c.papers.get(0).abstractText());
        assertEquals(List.of("A. One", "B. Two"), c.papers.get(0).authors());
        assertEquals("10.1000/xyz", c.papers.get(1).doi());
        assertEquals(List.of("src/test/resources/inputs/papers.csv:4: record \"A Row Without Abstract\" has no abstract; skipped"),
                c.errorTexts());
    }

    @Test
    void tabSeparatedFilesAreReadAsCsvWithTabs() {
        Collected c = Collected.read(SourceFormat.AUTO, fixture("papers.tsv"));
        assertEquals(List.of("t1"), c.papers.stream().map(Paper::id).toList());
    }

    @Test
    void csvWithoutTitleAndAbstractColumnsIsOneError() {
        Collected c = Collected.read(SourceFormat.CSV, fixture("bad-header.csv"));
        assertEquals(List.of(), c.papers);
        assertTrue(c.errorTexts().get(0).startsWith("src/test/resources/inputs/bad-header.csv:1: CSV header must name"));
    }
}
