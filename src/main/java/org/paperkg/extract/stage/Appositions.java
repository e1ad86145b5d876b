package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/** "Our method, ProtoAlign, aligns …", "The resulting model, DialoMistral, wins …": the paper's own named thing. */
public final class Appositions extends SentenceStage {
    private final double confidence;

    public Appositions(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int h = 1; h + 2 < s.size(); h++) {
            if (!s.get(h + 1).word().equals(",")) {
                continue;
            }
            String head = s.get(h).lemma().toLowerCase(Locale.ROOT);
            boolean methodHead = cues.methodHeads().contains(head);
            boolean datasetHead = cues.datasetHeads().contains(head);
            if (!(methodHead || datasetHead)) {
                continue;
            }
            String before = s.get(h - 1).lower();
            String before2 = h >= 2 ? s.get(h - 2).lower() : "";
            if (!cues.ownDeterminers().contains(before) && !cues.ownDeterminers().contains(before2)) {
                continue;
            }
            Token name = s.get(h + 2);
            if (rules.isNameShaped(name.word()) && gazetteer.lookup(List.of(name)) == null
                    && (h + 3 >= s.size() || s.get(h + 3).word().equals(",") || s.get(h + 3).tag().startsWith("VB"))) {
                EntityType type = datasetHead || Rules.endsWithBench(name.word()) ? EntityType.DATASET : EntityType.METHOD;
                out.add(new Mention(type, name.word(), name.begin(), name.end(), x.index(), Role.PROPOSED, name(), confidence, null, null));
            }
        }
    }
}
