package org.paperkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.paperkg.source.Paper;

/**
 * SHA-256 of everything a paper's graph is made from: the record's fields and the software version.
 * Equal hashes mean re-extracting would give the same graph, so an ingest can leave the paper as it is.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Paper p) {
        StringBuilder b = new StringBuilder(p.title().length() + p.abstractText().length() + 200);
        for (Object field : new Object[] {Software.VERSION, p.id(), p.title(), p.abstractText(), p.authors(), p.date(),
                p.modified(), p.arxivId(), p.doi(), p.categories()}) {
            b.append(field).append('\u0000');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
