package org.paperkg.spark;

import java.io.Serializable;

/**
 * A label offered for an entity: its own, by the first paper naming it, or its family's, by the first paper naming a
 * version of it (ResNet-50 labels ResNet). The store keeps the first label an entity gets, so the earliest vote wins;
 * in one paper, the entity's own label.
 */
record LabelVote(long order, boolean own, String label) implements Serializable {
    static LabelVote earlier(LabelVote a, LabelVote b) {
        if (a.order != b.order) {
            return a.order < b.order ? a : b;
        }
        return a.own || !b.own ? a : b;
    }
}
