package org.paperkg.resolve;

import java.util.List;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * One method, dataset, metric or task as one paper speaks of it: label, every name used for it
 * (long form first), the paper's role for it, the key its IRI is made from, the mentions behind it, and the key
 * label of the family it is a version of (ResNet-50 → ResNet), or null; for a metric, whether higher values are better.
 */
public record Entity(EntityType type, String label, List<String> names, Role role, String key,
                     double confidence, List<Mention> mentions, String broaderLabel,
                     Boolean higherIsBetter) {
    public Entity {
        names = List.copyOf(names);
        mentions = List.copyOf(mentions);
    }
}
