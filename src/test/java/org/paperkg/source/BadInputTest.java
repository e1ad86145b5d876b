package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.source.Collected.fixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * A file of {@code n} records in the format named: JSON Lines, a JSON array and CSV one line each (after a
     * line "[" or a header), pages two (title, abstract).
     */
    private static byte[] records(String format, int n) {
        StringBuilder out = new StringBuilder(switch (format) {
            case "csv" -> "id,title,abstract\n";
            case "json" -> "[\n";
            default -> "";
        });
        for (int i = 0; i < n; i++) {
            String title = "Paper " + i + " on Sparse Kernels";
            String abstractText = ("We prune network " + i + " and keep its accuracy within one point of the dense model. ").repeat(4);
            switch (format) {
                case "jsonl", "json" -> out.append("{\"id\": \"p").append(i).append("\", \"title\": \"").append(title)
                        .append("\", \"abstract\": \"").append(abstractText).append(format.equals("json") ? "\"},\n" : "\"}\n");
                case "csv" -> out.append('p').append(i).append(',').append(title).append(',').append(abstractText).append('\n');
                default -> out.append(title).append('\n').append(abstractText).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The complete lines a truncated gzip file holds: what gunzipping it a byte at a time gets out before the data ends. */
    private static int completeLines(byte[] gz) {
        int lines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                lines += b == '\n' ? 1 : 0;
            }
        } catch (IOException endOfTheData) {
            // expected: the file is cut
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}, {1} records cut at {2}%")
    @CsvSource({"jsonl, 5000, 20", "jsonl, 5000, 50", "jsonl, 5000, 90", "jsonl, 100, 90", "pages, 5000, 50", "pages, 100, 90",
            "csv, 5000, 50", "csv, 100, 90", "json, 5000, 50", "json, 100, 90"})
    void truncatedGzipGivesEveryRecordCompleteBeforeTheCutAndNamesTheLineWhereTheDataEnds(String format, int n, int percent)
            throws IOException {
        byte[] gz = gzip(records(format, n));
        byte[] cut = Arrays.copyOf(gz, gz.length * percent / 100);
        int lines = completeLines(cut);
        Path file = write("cut." + format + ".gz", cut);
        Collected c = Collected.read(SourceFormat.AUTO, file);
        int complete = switch (format) {
            case "csv", "json" -> lines - 1; // the header, the line "["
            case "pages" -> lines / 2;
            default -> lines;
        };
        assertEquals(complete, c.papers.size());
        assertEquals(List.of(file + ":" + (lines + 1) + ": cannot read on (corrupt or truncated gzip data: Unexpected end of ZLIB input stream);"
                + " rest of file skipped"), c.errorTexts());
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
