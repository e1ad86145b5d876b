package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "outperforms CTGAN", "better than PatchCore", "baselines such as FedAvg and FedProx", "benchmarks such as
 * HumanEval": names that a comparison lists are methods used, or datasets when a dataset word introduces them.
 */
public final class Comparisons extends SentenceStage {
    private final double confidence;

    public Comparisons(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int c = 0; c < s.size(); c++) {
            int start = comparisonCue(s, c);
            if (start < 0) {
                continue;
            }
            boolean datasets = false;
            for (int k = Math.max(0, c - 3); k < c; k++) {
                datasets |= cues.datasetHeads().contains(s.get(k).lemma().toLowerCase(Locale.ROOT));
            }
            for (int j = start; j < Math.min(s.size(), start + 10); j++) {
                Token t = s.get(j);
                if (rules.isNameShaped(t.word())) {
                    if (gazetteer.lookup(List.of(t)) == null && !Rules.followedByHead(s, j, cues.datasetHeads())) {
                        EntityType type = datasets ? EntityType.DATASET : EntityType.METHOD;
                        out.add(new Mention(type, t.word(), t.begin(), t.end(), x.index(), Role.USED, name(), confidence, null, null));
                    }
                } else if (!Rules.LIST_GLUE.contains(t.lower()) && !rules.isGazetteerWord(s, j)) {
                    break;
                }
            }
        }
    }

    /** Where the compared names start when token {@code c} opens a comparison, else -1. */
    private int comparisonCue(List<Token> s, int c) {
        String w = s.get(c).lower();
        if (cues.comparisonWords().contains(w) || w.startsWith("outperform")) {
            return c + 1;
        }
        if ((w.equals("compared") || w.equals("comparison")) && c + 1 < s.size()
                && Set.of("with", "to", "against").contains(s.get(c + 1).lower())) {
            return c + 2;
        }
        if (w.equals("such") && c + 1 < s.size() && s.get(c + 1).lower().equals("as")) {
            return c + 2;
        }
        return -1;
    }
}
