package org.paperkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version (from the Maven project), which names the extractor every mention is attributed to. */
public final class Software {
    public static final String VERSION = load();
    public static final String LABEL = "paperkg " + VERSION + " (Stanford CoreNLP 4.5.10, Apache Jena 5.6.0)";

    private Software() {
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Software.class.getResourceAsStream("/org/paperkg/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("$") ? "dev" : v;
    }
}
