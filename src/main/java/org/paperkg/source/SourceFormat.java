package org.paperkg.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/** The input formats, each with its reader; {@link #AUTO} sniffs content first, then the file name. */
public enum SourceFormat {
    AUTO(null),
    PAGES(PagesReader::new),
    JSONL(JsonLinesReader::new),
    ARXIV(ArxivOaiReader::new),
    CSV(CsvReader::new);

    private final Supplier<PaperReader> reader;

    SourceFormat(Supplier<PaperReader> reader) {
        this.reader = reader;
    }

    PaperReader newReader() {
        if (reader == null) {
            throw new IllegalStateException("AUTO has no reader: sniff first");
        }
        return reader.get();
    }

    /**
     * What is wrong with a file whose content starts with {@code head} before any reader sees it
     * (empty, binary, an HTML page), or null when it may be read.
     */
    static String problem(byte[] head) {
        if (head.length == 0) {
            return "empty file";
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return "UTF-16 text (byte-order mark " + String.format("%02X %02X", head[0], head[1])
                    + "); inputs must be UTF-8, e.g. iconv -f UTF-16 -t UTF-8; skipped";
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return "binary file (NUL bytes), not a text input; skipped";
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0c) {
                control++;
            }
        }
        if (control * 10 > head.length) {
            return "binary file (" + control + " control bytes in the first " + head.length + "), not a text input; skipped";
        }
        String start = text(head).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "an HTML page, not one of the input formats (pages, jsonl, arxiv, csv); skipped";
        }
        return null;
    }

    /** The format of a file by its content, then by its name; page dumps when nothing else fits. */
    static SourceFormat sniff(String fileName, byte[] head) {
        String start = text(head);
        if (start.startsWith("{") || start.startsWith("[")) {
            return JSONL;
        }
        if (start.startsWith("<")) {
            return ARXIV;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return CSV;
        }
        if (name.endsWith(".xml")) {
            return ARXIV;
        }
        int eol = start.indexOf('\n');
        String firstLine = (eol < 0 ? start : start.substring(0, eol)).toLowerCase(Locale.ROOT);
        if (firstLine.matches("(?s).*\\btitle\\b.*[,\\t].*\\babstract\\b.*|.*\\babstract\\b.*[,\\t].*\\btitle\\b.*")
                && firstLine.length() < 300) {
            return CSV;
        }
        return PAGES;
    }

    /** The head as text with a byte-order mark and leading white space removed. */
    private static String text(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.stripLeading();
    }
}
