package org.paperkg.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Lines: one object per line with {@code id}, {@code title}, {@code abstract} and optional {@code authors},
 * {@code doi}, {@code arxiv_id}, {@code categories}, {@code update_date}: the keys of the arXiv metadata snapshot.
 * A file that is one JSON array of such objects is read too, element by element (streamed, never whole).
 */
final class JsonLinesReader implements PaperReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Reads one element of an array, where the next element (not the end of input) follows. */
    private static final com.fasterxml.jackson.databind.ObjectReader ARRAY_ELEMENT =
            JSON.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        String head = new String(file.head(64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (head.startsWith("[")) {
            readArray(file, sink);
            return;
        }
        try (ByteLines lines = new ByteLines(file.open())) {
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                Origin origin = new Origin(file.name(), line.number());
                if (!line.ok()) {
                    sink.error(new InputError(origin, line.error()));
                } else if (!line.text().isBlank()) {
                    readLine(line.text(), origin, sink);
                }
            }
        }
    }

    /** A JSON array of records; a syntax error ends the file (there is no next line to go on from). */
    private void readArray(InputFile file, PaperSink sink) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(file.open())) {
            parser.nextToken();
            try {
                for (com.fasterxml.jackson.core.JsonToken t = parser.nextToken(); t != null && t != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
                        t = parser.nextToken()) {
                    Origin origin = new Origin(file.name(), parser.currentTokenLocation().getLineNr());
                    readRecord(ARRAY_ELEMENT.readTree(parser), origin, sink);
                }
            } catch (JsonProcessingException e) {
                throw e;
            } catch (IOException e) {
                // The data itself failed (truncated gzip): name the line where it ends, as for JSON Lines.
                throw new ByteLines.ReadException(parser.currentLocation().getLineNr(), e);
            }
        } catch (JsonProcessingException e) {
            sink.error(new InputError(new Origin(file.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    "not valid JSON (" + message(e) + "); rest of file skipped"));
        }
    }

    private void readLine(String text, Origin origin, PaperSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.error(new InputError(origin, "not valid JSON (" + message(e) + "); skipped"));
            return;
        }
        readRecord(node, origin, sink);
    }

    /** Jackson's message without the location it appends (the origin already names file and line). */
    private static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int at = m.indexOf(" (start marker at ");
        return at < 0 ? m : m.substring(0, at);
    }

    private void readRecord(JsonNode node, Origin origin, PaperSink sink) {
        if (!node.isObject()) {
            sink.error(new InputError(origin, "expected a JSON object, found " + node.getNodeType().name().toLowerCase() + "; skipped"));
            return;
        }
        RawRecord raw = new RawRecord();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String problem = put(raw, Field.named(e.getKey()), e.getValue());
            if (problem != null) {
                sink.error(new InputError(origin, "field \"" + e.getKey() + "\" " + problem + "; skipped"));
                return;
            }
        }
        raw.toPaper(origin, sink);
    }

    /** Stores one value; returns what is wrong with it, or null. */
    private static String put(RawRecord raw, Field field, JsonNode v) {
        if (field == null || v.isNull()) {
            return null;
        }
        switch (field) {
            case ID -> {
                if (!v.isTextual() && !v.isIntegralNumber()) {
                    return "must be a string or an integer, not " + kind(v);
                }
                raw.id = v.asText();
            }
            case TITLE, ABSTRACT, DATE, MODIFIED, ARXIV_ID, DOI -> {
                if (!v.isTextual()) {
                    return "must be a string, not " + kind(v);
                }
                String s = v.textValue();
                switch (field) {
                    case TITLE -> raw.title = s;
                    case ABSTRACT -> raw.abstractText = s;
                    case DATE -> raw.date = s;
                    case MODIFIED -> raw.modified = s;
                    case ARXIV_ID -> raw.arxivId = s;
                    default -> raw.doi = s;
                }
            }
            case AUTHORS, CATEGORIES -> {
                if (v.isTextual()) {
                    if (field == Field.AUTHORS) {
                        raw.authorsFromString(v.textValue());
                    } else {
                        raw.categoriesFromString(v.textValue());
                    }
                } else if (v.isArray()) {
                    for (JsonNode item : v) {
                        if (!item.isTextual()) {
                            return "must hold strings, not " + kind(item);
                        }
                        (field == Field.AUTHORS ? raw.authors : raw.categories).add(TextNorm.collapse(item.textValue()));
                    }
                } else {
                    return "must be a string or an array of strings, not " + kind(v);
                }
            }
            case AUTHORS_PARSED -> {
                // arXiv snapshot: [["Last", "First", "Suffix"], ...]; used only when "authors" gave none.
                if (!v.isArray()) {
                    return "must be an array of [last, first, suffix] arrays, not " + kind(v);
                }
                if (raw.authors.isEmpty()) {
                    for (JsonNode a : v) {
                        if (a.isArray() && a.size() >= 1) {
                            String last = a.get(0).asText("");
                            String first = a.size() > 1 ? a.get(1).asText("") : "";
                            raw.authors.add(TextNorm.collapse(first + " " + last));
                        }
                    }
                }
            }
            default -> throw new IllegalStateException(field.name());
        }
        return null;
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase();
    }
}
