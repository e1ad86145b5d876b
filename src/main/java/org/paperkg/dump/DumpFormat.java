package org.paperkg.dump;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The dump formats: which Jena format writes each, its media type, and whether it keeps named graphs. */
public enum DumpFormat {
    NT(Lang.NTRIPLES, null, "application/n-triples", false),
    NQ(Lang.NQUADS, null, "application/n-quads", true),
    TTL(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, "text/turtle", false),
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS, "application/trig", true),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD11, "application/ld+json", true);

    final Lang lang;
    /** Null for the line formats, which paperkg writes itself, sorted. */
    final RDFFormat writer;
    final String mediaType;
    final boolean quads;

    DumpFormat(Lang lang, RDFFormat writer, String mediaType, boolean quads) {
        this.lang = lang;
        this.writer = writer;
        this.mediaType = mediaType;
        this.quads = quads;
    }

    /** The IANA media type registry entry, as DCAT wants it: an IRI. */
    String mediaTypeIri() {
        return "https://www.iana.org/assignments/media-types/" + mediaType;
    }
}
