package org.paperkg.extract.stage;

import org.paperkg.extract.Cues;
import org.paperkg.extract.Gazetteer;

/**
 * A named step of extraction, made from its line of {@code stages.properties}: the name is the {@code rule} each of its
 * mentions records. Every stage has one public constructor taking the shared {@link Rules} and its {@link StageSettings}.
 */
public abstract class Stage {
    protected final Rules rules;
    protected final Cues cues;
    protected final Gazetteer gazetteer;
    private final String name;

    protected Stage(Rules rules, StageSettings settings) {
        this.rules = rules;
        this.cues = rules.cues();
        this.gazetteer = rules.gazetteer();
        this.name = settings.name();
    }

    public final String name() {
        return name;
    }
}
