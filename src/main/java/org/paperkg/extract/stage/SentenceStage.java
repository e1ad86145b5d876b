package org.paperkg.extract.stage;

import java.util.List;
import org.paperkg.model.Mention;

/** A stage that reads one sentence of the abstract (or of the title) at a time and adds the mentions it finds. */
public abstract class SentenceStage extends Stage {
    protected SentenceStage(Rules rules, StageSettings settings) {
        super(rules, settings);
    }

    public abstract void find(Sentence s, List<Mention> out);
}
