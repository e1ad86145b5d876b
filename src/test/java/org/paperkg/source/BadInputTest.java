package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.source.Collected.fixture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files that are wrong: one clear error each, naming the file, and the other inputs still read. */
class BadInputTest {
    private static final String GOOD = "{\"id\": \"ok-1\", \"title\": \"Fine\", \"abstract\": \"Read well.\"}\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void gzipIsReadWhateverTheFileIsCalled() throws IOException {
        byte[] gz = gzip(Files.readAllBytes(fixture("papers.csv")));
        Collected named = Collected.read(SourceFormat.AUTO, write("papers.csv.gz", gz));
        Collected unnamed = Collected.read(SourceFormat.CSV, write("papers.bin", gz));
        assertEquals(2, named.papers.size());
        assertEquals(2, unnamed.papers.size());
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheCutAndNamesTheLine() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"id\": \"p").append(i).append("\", \"title\": \"Paper ").append(i)
                    .append("\", \"abstract\": \"An abstract with some words to make the file larger than a buffer ").append(i).append(".\"}\n");
        }
        byte[] gz = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = write("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
        Collected c = Collected.read(SourceFormat.AUTO, cut);
        assertTrue(c.papers.size() > 100, "records before the cut come through: " + c.papers.size());
        assertEquals(1, c.errors.size());
        InputError e = c.errors.get(0);
        assertTrue(e.message().contains("corrupt or truncated gzip data") && e.message().endsWith("rest of file skipped"), e.toString());
        assertTrue(e.origin().line() > c.papers.size(), e.toString());
    }

    @Test
    void binaryEmptyHtmlAndMissingFilesAreOneErrorEachAndTheGoodFileIsStillRead() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Path bin = write("image.png", binary);
        Path empty = write("empty.jsonl", new byte[0]);
        Path good = write("good.jsonl", GOOD.getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("missing.jsonl");
        Collected c = new Collected();
        Sources.read(List.of(bin, empty, fixture("page.html"), missing, good), SourceFormat.AUTO, c);
        assertEquals(List.of("Fine"), c.titles());
        assertEquals(List.of(
                bin + ": binary file (NUL bytes), not a text input; skipped",
                empty + ": empty file",
                "src/test/resources/inputs/page.html: an HTML page, not one of the input formats (pages, jsonl, arxiv, csv); skipped",
                missing + ": no such file or folder"), c.errorTexts());
    }

    @Test
    void aTenMegabyteLineIsOneErrorAndTheNextLineIsRead() throws IOException {
        String huge = "{\"id\": \"huge\", \"title\": \"Huge\", \"abstract\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}\n";
        Path file = write("huge.jsonl", (GOOD + huge + GOOD.replace("ok-1", "ok-2")).getBytes(StandardCharsets.UTF_8));
        Collected c = Collected.read(SourceFormat.AUTO, file);
        assertEquals(List.of("ok-1", "ok-2"), c.papers.stream().map(Paper::id).toList());
        int bytes = huge.length() - 1;
        assertEquals(List.of(file + ":2: line is " + bytes + " bytes, longer than the limit of 1048576; skipped"), c.errorTexts());
    }

    @Test
    void invalidUtf8InAPageDumpNamesTheLine() throws IOException {
        byte[] text = Files.readAllBytes(fixture("listing-blank-lines.txt"));
        String s = new String(text, StandardCharsets.UTF_8);
        int at = s.indexOf("Orbit Attention for Long Sequences");
        byte[] broken = Arrays.copyOf(text, text.length);
        broken[s.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 2] = (byte) 0xFF;
        Path file = write("listing.txt", broken);
        Collected c = Collected.read(SourceFormat.AUTO, file);
        assertEquals(List.of("KiteNet: Sparse Kernels for Fast Image Classification", "Why Do Small Models Forget?"), c.titles());
        assertEquals(List.of(file + ":15: invalid UTF-8 at byte 3 of the line; skipped with its abstract on line 17"), c.errorTexts());
    }

    @Test
    void foldersAreReadInNameOrderAndHiddenFilesAreLeftOut() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("corpus"));
        Files.write(sub.resolve("b.jsonl"), GOOD.replace("ok-1", "b").getBytes(StandardCharsets.UTF_8));
        Files.write(sub.resolve("a.jsonl"), GOOD.replace("ok-1", "a").getBytes(StandardCharsets.UTF_8));
        Files.write(sub.resolve(".hidden.jsonl"), GOOD.replace("ok-1", "hidden").getBytes(StandardCharsets.UTF_8));
        Collected c = Collected.read(SourceFormat.AUTO, sub);
        assertEquals(List.of("a", "b"), c.papers.stream().map(Paper::id).toList());
    }

    @Test
    void aRepeatedIdWithOtherContentIsRejectedAndAnIdenticalRepeatIsMerged() {
        Collected c = new Collected();
        DistinctPapers distinct = new DistinctPapers(c);
        Origin o = new Origin("f", 1);
        Paper p = new Paper("x", "T", "A", null, null, null, null, null, o);
        distinct.paper(p);
        distinct.paper(new Paper("x", "T", "A", null, null, null, null, null, new Origin("g", 7)));
        distinct.paper(new Paper("x", "T", "Other", null, null, null, null, null, new Origin("g", 9)));
        assertEquals(List.of(p), c.papers);
        assertEquals(1, distinct.repeats());
        assertEquals(List.of("g:9: paper id \"x\" was read before at f:1 with another title or abstract; this record skipped"),
                c.errorTexts());
    }
}
