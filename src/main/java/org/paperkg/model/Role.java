package org.paperkg.model;

import java.util.Locale;

/** What a paper does with a method or dataset: brings it in ({@link #PROPOSED}) or works with it ({@link #USED}). */
public enum Role {
    PROPOSED, USED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
