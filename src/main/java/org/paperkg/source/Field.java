package org.paperkg.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The record fields the structured readers know, with the names each is found under in JSON keys and CSV headers. */
enum Field {
    ID("id", "paper_id", "paperid", "identifier"),
    TITLE("title"),
    ABSTRACT("abstract", "summary"),
    AUTHORS("authors", "author"),
    AUTHORS_PARSED("authors_parsed"),
    DATE("date", "published", "issued", "year"),
    /** The arXiv snapshot's date of the last version: when the paper was modified, not issued. */
    MODIFIED("update_date"),
    ARXIV_ID("arxiv_id", "arxivid", "arxiv"),
    DOI("doi"),
    CATEGORIES("categories", "category");

    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        for (Field f : values()) {
            for (String n : f.names) {
                BY_NAME.put(n, f);
            }
        }
    }

    private final String[] names;

    Field(String... names) {
        this.names = names;
    }

    /** The field a key or header names, or null; case and surrounding space do not matter. */
    static Field named(String key) {
        return key == null ? null : BY_NAME.get(key.strip().toLowerCase(Locale.ROOT));
    }
}
