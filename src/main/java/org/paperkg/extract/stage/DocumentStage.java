package org.paperkg.extract.stage;

import java.util.List;
import org.paperkg.model.Mention;

/** A stage that reads the whole abstract and the mentions found so far, and adds to them or changes them. */
public abstract class DocumentStage extends Stage {
    protected DocumentStage(Rules rules, StageSettings settings) {
        super(rules, settings);
    }

    public abstract void apply(Document d, List<Mention> mentions);
}
