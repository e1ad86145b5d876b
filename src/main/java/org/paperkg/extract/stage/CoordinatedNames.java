package org.paperkg.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "GPT-4o, Claude 3 and Cohere", "ImageNet, COCO and ADE20K": a name-shaped word listed beside a method or dataset
 * the abstract names is one of the same kind.
 */
public final class CoordinatedNames extends DocumentStage {
    private final double confidence;

    public CoordinatedNames(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void apply(Document d, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.inTitle() || m.type() != EntityType.METHOD && m.type() != EntityType.DATASET) {
                continue;
            }
            List<Token> s = d.sentences().get(m.sentence());
            int first = -1;
            int last = -1;
            for (int k = 0; k < s.size(); k++) {
                if (s.get(k).begin() == m.begin()) {
                    first = k;
                }
                if (s.get(k).end() == m.end()) {
                    last = k;
                }
            }
            if (first < 0 || last < 0) {
                continue;
            }
            for (int step : new int[] {1, -1}) {
                int k = step > 0 ? last + 1 : first - 1;
                while (k >= 0 && k < s.size() && Set.of(",", "and", "or").contains(s.get(k).lower())) {
                    k += step;
                    if (k >= 0 && k < s.size() && Set.of("and", "or").contains(s.get(k).lower())) {
                        k += step;
                    }
                    if (k < 0 || k >= s.size()) {
                        break;
                    }
                    Token t = s.get(k);
                    boolean taken = mentions.stream().anyMatch(o -> !o.inTitle() && o.begin() <= t.begin() && t.end() <= o.end())
                            || added.stream().anyMatch(o -> o.begin() == t.begin());
                    if (taken) {
                        k += step;
                        continue;
                    }
                    int end = step > 0 ? rules.memberEnd(s, k) : k;
                    boolean multiWord = end > k;
                    if (!multiWord && !rules.isNameShaped(t.word()) || gazetteer.lookup(List.of(t)) != null
                            || cues.notEntities().contains(t.word())) {
                        break;
                    }
                    Token lastWord = s.get(end);
                    if (mentions.stream().anyMatch(o -> !o.inTitle() && o.begin() < lastWord.end() && t.begin() < o.end())) {
                        break;
                    }
                    added.add(new Mention(m.type(), d.text().substring(t.begin(), lastWord.end()), t.begin(), lastWord.end(),
                            m.sentence(), Role.USED, name(), confidence, null, null));
                    k = end + step;
                }
            }
        }
        mentions.addAll(added);
    }
}
