package org.paperkg.model;

import java.util.Locale;

/** The kinds of entity paperkg extracts; {@link #path()} is the IRI path segment and the JSON key stem. */
public enum EntityType {
    METHOD, DATASET, METRIC, TASK;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
