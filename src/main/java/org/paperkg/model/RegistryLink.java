package org.paperkg.model;

/** An external identifier the registry gives a known entity: {@code target} names the dataset (wikidata, ...). */
public record RegistryLink(EntityType type, String label, String target, String id) implements java.io.Serializable {
}
