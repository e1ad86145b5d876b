package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "in terms of training time and CLIP alignment score": short phrases after "in terms of" whose last word is a
 * measure word are metrics, known or not (known ones the gazetteer finds anyway).
 */
public final class MetricsInTermsOf extends SentenceStage {
    private final double confidence;

    public MetricsInTermsOf(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int k = 2; k < s.size(); k++) {
            if (!(s.get(k).lower().equals("of") && s.get(k - 1).lower().equals("terms") && s.get(k - 2).lower().equals("in"))) {
                continue;
            }
            int start = k + 1;
            for (int j = start; j <= Math.min(s.size(), start + 8); j++) {
                boolean end = j == s.size() || Set.of(",", "and", "or", ".", ";", "(", "while", "with", "on", "compared").contains(s.get(j).lower());
                if (!end) {
                    continue;
                }
                List<Token> phrase = s.subList(start, j);
                while (!phrase.isEmpty() && Set.of("the", "both", "its", "their", "a", "an").contains(phrase.get(0).lower())) {
                    phrase = phrase.subList(1, phrase.size());
                }
                if (!phrase.isEmpty() && phrase.size() <= 4 && gazetteer.lookup(phrase) == null
                        && cues.measureWords().contains(phrase.get(phrase.size() - 1).lemma().toLowerCase(Locale.ROOT))) {
                    int begin = phrase.get(0).begin();
                    int finish = phrase.get(phrase.size() - 1).end();
                    out.add(new Mention(EntityType.METRIC, x.text().substring(begin, finish), begin, finish, x.index(), Role.USED,
                            name(), confidence, null, null));
                }
                if (j == s.size() || !Set.of(",", "and", "or").contains(s.get(j).lower())) {
                    break;
                }
                start = j + 1;
            }
        }
    }
}
