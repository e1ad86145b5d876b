package org.paperkg.extract.stage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * Later uses of a name the abstract brought in (an acronym it defined, a name it proposed or called a
 * dataset) are mentions of the same entity, with the same type and role.
 */
public final class ReusedNames extends DocumentStage {
    private final double confidence;

    public ReusedNames(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void apply(Document d, List<Mention> found) {
        Map<String, Mention> introduced = new HashMap<>();
        for (Mention m : found) {
            boolean shortForm = m.definedAs() == null || m.text().length() < m.definedAs().length();
            if (m.canonical() == null && shortForm && !m.text().contains(" ")) {
                introduced.merge(m.text(), m, (a, b) -> a.role() == Role.PROPOSED ? a : b);
            }
        }
        if (introduced.isEmpty()) {
            return;
        }
        Set<Integer> taken = new HashSet<>();
        found.forEach(m -> taken.add(m.begin()));
        List<List<Token>> sentences = d.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            for (Token t : sentences.get(i)) {
                Mention m = introduced.get(t.word());
                if (m != null && !taken.contains(t.begin())) {
                    found.add(new Mention(m.type(), t.word(), t.begin(), t.end(), i, m.role(), name(), confidence, null, null));
                }
            }
        }
    }
}
