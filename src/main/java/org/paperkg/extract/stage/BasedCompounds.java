package org.paperkg.extract.stage;

import java.util.List;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "a Transformer-based model", "LSTM-based encoders": a known method before "-based" is a method used, though the
 * tokenizer keeps the compound one word. Only known methods count: "rule-based" and "GPU-based" name none.
 */
public final class BasedCompounds extends SentenceStage {
    private static final String SUFFIX = "-based";
    private final double confidence;

    public BasedCompounds(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        for (Token t : x.tokens()) {
            String w = t.word();
            if (w.length() <= SUFFIX.length() + 1 || !w.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX)) {
                continue;
            }
            String stem = w.substring(0, w.length() - SUFFIX.length());
            int end = t.begin() + stem.length();
            Gazetteer.Entry known = gazetteer.lookup(stem);
            if (known != null && known.type() == EntityType.METHOD) {
                out.add(new Mention(EntityType.METHOD, stem, t.begin(), end, x.index(), Role.USED, name(), confidence,
                        known.label(), null, x.inTitle()));
            }
        }
    }
}
