package org.paperkg.extract;

/**
 * One place in an abstract that names an entity. Offsets are character offsets into the abstract
 * ({@code end} exclusive). {@code canonical} is the gazetteer label when the name is a known one;
 * {@code definedAs} the other name of an acronym definition ("Low-Rank Adaptation (LoRA)"), else null.
 */
public record Mention(EntityType type, String text, int begin, int end, int sentence, Role role,
                      String rule, double confidence, String canonical, String definedAs) {

    public Mention withRole(Role newRole) {
        return new Mention(type, text, begin, end, sentence, newRole, rule, confidence, canonical, definedAs);
    }

    boolean overlaps(Mention o) {
        return begin < o.end && o.begin < end;
    }
}
