package org.paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * arXiv OAI-PMH XML ({@code ListRecords} responses or bare {@code record}s) in the {@code arXiv} or
 * {@code arXivRaw} metadata formats. Deleted records are passed over. Streams with StAX: memory stays flat.
 */
final class ArxivOaiReader implements PaperReader {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // External entities and DTDs are never needed and would let a file make us read other files.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        try (InputStream in = file.open()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                readRecords(xml, file, sink);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
            int at = message.indexOf("Message: ");
            sink.error(new InputError(new Origin(file.name(), Math.max(line, 0)),
                    "not well-formed XML (" + (at >= 0 ? message.substring(at + 9) : message) + "); rest of file skipped"));
        }
    }

    private void readRecords(XMLStreamReader xml, InputFile file, PaperSink sink) throws XMLStreamException {
        RawRecord raw = null;
        long recordLine = 0;
        boolean deleted = false;
        boolean inMetadata = false;
        String forenames = null;
        String keyname = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                text.setLength(0);
                switch (name) {
                    case "record" -> {
                        raw = new RawRecord();
                        recordLine = xml.getLocation().getLineNumber();
                        deleted = false;
                        inMetadata = false;
                    }
                    case "header" -> deleted = "deleted".equals(xml.getAttributeValue(null, "status"));
                    case "metadata" -> inMetadata = true;
                    case "author" -> {
                        forenames = null;
                        keyname = null;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && raw != null) {
                String name = xml.getLocalName();
                String value = text.toString();
                if (name.equals("record")) {
                    if (!deleted) {
                        raw.toPaper(new Origin(file.name(), recordLine), sink);
                    }
                    raw = null;
                } else if (inMetadata) {
                    switch (name) {
                        case "id" -> raw.arxivId = value;
                        case "title" -> raw.title = value;
                        case "abstract" -> raw.abstractText = value;
                        case "doi" -> raw.doi = value;
                        case "categories" -> raw.categoriesFromString(value);
                        case "created" -> raw.date = raw.date == null ? value : raw.date;
                        case "date" -> raw.date = raw.date == null ? value : raw.date;
                        case "forenames" -> forenames = value;
                        case "keyname" -> keyname = value;
                        case "author" -> raw.authors.add(TextNorm.cleanTitle(
                                (forenames == null ? "" : forenames + " ") + (keyname == null ? "" : keyname)));
                        // arXivRaw writes all authors as one string.
                        case "authors" -> {
                            if (raw.authors.isEmpty() && !value.isBlank()) {
                                raw.authorsFromString(value);
                            }
                        }
                        case "metadata" -> inMetadata = false;
                        default -> {
                        }
                    }
                }
                text.setLength(0);
            }
        }
    }
}
