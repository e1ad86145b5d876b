package org.paperkg.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV (or TSV, when the header has tabs and no commas) with a header row naming the columns as in {@link Field}. */
final class CsvReader implements PaperReader {
    /** How Commons CSV words a quote that runs to the end of the file. */
    private static final java.util.regex.Pattern UNCLOSED_QUOTE =
            java.util.regex.Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        char delimiter = sniffDelimiter(file);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setTrim(true)
                .get();
        // Bad bytes become U+FFFD so that the record holding them can be reported and the next one still read.
        Reader reader = new InputStreamReader(file.open(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<Field, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                Field f = Field.named(header.replace('\uFEFF', ' '));
                if (f != null) {
                    columns.putIfAbsent(f, header);
                }
            }
            if (!columns.containsKey(Field.TITLE) || !columns.containsKey(Field.ABSTRACT)) {
                sink.error(new InputError(new Origin(file.name(), 1),
                        "CSV header must name a \"title\" and an \"abstract\" column, found " + parser.getHeaderNames() + "; file skipped"));
                return;
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    sink.error(new InputError(new Origin(file.name(), line),
                            "cannot read on (" + describe(e.getCause()) + "); rest of file skipped"));
                    return;
                }
                if (record.stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
                    sink.error(new InputError(new Origin(file.name(), line),
                            "invalid UTF-8 in this record (is the file Latin-1 or Windows-1252? inputs must be UTF-8); skipped"));
                    continue;
                }
                readRecord(record, columns, new Origin(file.name(), line), sink);
            }
        }
    }

    private static void readRecord(CSVRecord record, Map<Field, String> columns, Origin origin, PaperSink sink) {
        RawRecord raw = new RawRecord();
        raw.id = value(record, columns, Field.ID);
        raw.title = value(record, columns, Field.TITLE);
        raw.abstractText = value(record, columns, Field.ABSTRACT);
        raw.date = value(record, columns, Field.DATE);
        raw.modified = value(record, columns, Field.MODIFIED);
        raw.arxivId = value(record, columns, Field.ARXIV_ID);
        raw.doi = value(record, columns, Field.DOI);
        String authors = value(record, columns, Field.AUTHORS);
        if (authors != null) {
            raw.authorsFromString(authors);
        }
        String categories = value(record, columns, Field.CATEGORIES);
        if (categories != null) {
            raw.categoriesFromString(categories);
        }
        raw.toPaper(origin, sink);
    }

    private static String value(CSVRecord record, Map<Field, String> columns, Field field) {
        String column = columns.get(field);
        return column != null && record.isSet(column) ? record.get(column) : null;
    }

    private static char sniffDelimiter(InputFile file) throws IOException {
        String head = new String(file.head(4096), StandardCharsets.UTF_8);
        int eol = head.indexOf('\n');
        String header = eol < 0 ? head : head.substring(0, eol);
        return header.indexOf('\t') >= 0 && header.indexOf(',') < 0 ? '\t' : ',';
    }

    private static String describe(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        java.util.regex.Matcher unclosed = UNCLOSED_QUOTE.matcher(m);
        if (unclosed.find()) {
            return "a quote opened on line " + unclosed.group(1) + " is never closed";
        }
        return Sources.describe(e);
    }
}
