package org.paperkg.model;

/**
 * One place in a paper's abstract (or, when {@code inTitle}, its title) that names an entity. Offsets are
 * character offsets into that text ({@code end} exclusive). {@code canonical} is the gazetteer label when the
 * name is a known one; {@code definedAs} the other name of an acronym definition ("Low-Rank Adaptation (LoRA)").
 */
public record Mention(EntityType type, String text, int begin, int end, int sentence, Role role,
                      String rule, double confidence, String canonical, String definedAs, boolean inTitle) {

    public Mention(EntityType type, String text, int begin, int end, int sentence, Role role, String rule,
                   double confidence, String canonical, String definedAs) {
        this(type, text, begin, end, sentence, role, rule, confidence, canonical, definedAs, false);
    }

    public Mention withRole(Role newRole) {
        return new Mention(type, text, begin, end, sentence, newRole, rule, confidence, canonical, definedAs, inTitle);
    }

    public Mention withType(EntityType newType) {
        return new Mention(newType, text, begin, end, sentence, role, rule, confidence, canonical, definedAs, inTitle);
    }

    public boolean overlaps(Mention o) {
        return inTitle == o.inTitle && begin < o.end && o.begin < end;
    }
}
