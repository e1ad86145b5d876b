package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;

/**
 * "evaluation metrics, including text fluency and attribute consistency", "measures such as throughput and jitter":
 * the phrases a metric word introduces as its examples are metrics.
 */
public final class MetricLists extends SentenceStage {
    private final double confidence;

    public MetricLists(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int h = 0; h < s.size(); h++) {
            if (!s.get(h).tag().equals("NNS") || !Set.of("metric", "measure").contains(s.get(h).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int k = h + 1 < s.size() && s.get(h + 1).word().equals(",") ? h + 2 : h + 1;
            int start = Rules.listIntroduced(s, k);
            if (start >= 0 && !s.get(k).word().equals("(")) {
                rules.listPhrases(x, start, 1, false, EntityType.METRIC, name(), confidence, out);
            }
        }
    }
}
