package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static ByteLines lines(byte[] bytes, int max) {
        return new ByteLines(new ByteArrayInputStream(bytes), max);
    }

    @Test
    void dropsByteOrderMarkAndCarriageReturnsAndReadsALastLineWithoutNewline() throws IOException {
        byte[] bytes = "\uFEFFfirst\r\nsecond\nthird".getBytes(StandardCharsets.UTF_8);
        try (ByteLines l = lines(bytes, 100)) {
            assertEquals("first", l.next().text());
            assertEquals("second", l.next().text());
            ByteLines.Line third = l.next();
            assertEquals("third", third.text());
            assertEquals(3, third.number());
            assertNull(l.next());
        }
    }

    @Test
    void endsLinesAtLoneCarriageReturnsEvenWhenCrAndLfFallInDifferentBuffers() throws IOException {
        // The reader fills 64 KiB at a time: put a CRLF across that boundary, and a lone CR after it.
        String first = "a".repeat((1 << 16) - 1);
        byte[] bytes = (first + "\r\nsecond\rthird\r\rfifth\r").getBytes(StandardCharsets.UTF_8);
        java.io.InputStream slow = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 << 16));
            }
        };
        try (ByteLines l = new ByteLines(slow, 1 << 17)) {
            assertEquals(first, l.next().text());
            assertEquals("second", l.next().text());
            assertEquals("third", l.next().text());
            assertEquals("", l.next().text());
            ByteLines.Line fifth = l.next();
            assertEquals("fifth", fifth.text());
            assertEquals(5, fifth.number());
            assertNull(l.next());
        }
    }

    @Test
    void reportsInvalidUtf8WithItsPlaceAndReadsTheNextLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("good\nab".getBytes(StandardCharsets.UTF_8));
        b.write(0xC3); // a lead byte with no continuation
        b.writeBytes("(\nafter é\n".getBytes(StandardCharsets.UTF_8));
        try (ByteLines l = lines(b.toByteArray(), 100)) {
            assertEquals("good", l.next().text());
            ByteLines.Line bad = l.next();
            assertEquals(2, bad.number());
            assertEquals("invalid UTF-8 at byte 3 of the line; skipped", bad.error());
            assertEquals("after é", l.next().text());
        }
    }

    @Test
    void skipsALineOverTheLimitAndKeepsCounting() throws IOException {
        String longLine = "x".repeat(5000);
        byte[] bytes = ("short\n" + longLine + "\nnext\n").getBytes(StandardCharsets.UTF_8);
        try (ByteLines l = lines(bytes, 1000)) {
            assertEquals("short", l.next().text());
            ByteLines.Line skipped = l.next();
            assertEquals(2, skipped.number());
            assertTrue(skipped.error().startsWith("line is 5000 bytes, longer than the limit of 1000"), skipped.error());
            ByteLines.Line next = l.next();
            assertEquals("next", next.text());
            assertEquals(3, next.number());
        }
    }
}
