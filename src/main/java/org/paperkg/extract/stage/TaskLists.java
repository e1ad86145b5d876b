package org.paperkg.extract.stage;

import java.util.List;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;

/**
 * "tasks such as clone detection, code search and program repair", "on summarization and translation tasks": the
 * phrases a list of tasks names, each a few nouns or adjectives long.
 */
public final class TaskLists extends SentenceStage {
    private final double confidence;

    public TaskLists(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int h = 0; h < s.size(); h++) {
            if (!s.get(h).lower().equals("tasks")) {
                continue;
            }
            int after = h + 1;
            boolean introduced = after + 1 < s.size() && (s.get(after).lower().equals("such") && s.get(after + 1).lower().equals("as"))
                    || after < s.size() && Set.of("including", "like", ":").contains(s.get(after).lower());
            if (introduced) {
                int start = s.get(after).lower().equals("such") ? after + 2 : after + 1;
                rules.listPhrases(x, start, 1, false, EntityType.TASK, name(), confidence, out);
            } else if (h > 0) {
                // Before "tasks" a phrase names a task only by a task word ("language modeling tasks"); else it names
                // a field ("computer vision tasks").
                rules.listPhrases(x, h - 1, -1, true, EntityType.TASK, name(), confidence, out);
            }
        }
    }
}
