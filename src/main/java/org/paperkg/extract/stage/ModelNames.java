package org.paperkg.extract.stage;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperkg.extract.CrfNer;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * What the trained model (a CoreNLP CRFClassifier, {@link CrfNer}) labels: names in any shape, model families, free
 * task phrases. A name after the paper's proposal verb that the gazetteer does not know is proposed; a name it knows
 * keeps its canonical label.
 */
public final class ModelNames extends SentenceStage {
    /** Per type, the least confidence a labelled run needs to become a mention ({@code min-confidence.TYPE}). */
    private final Map<EntityType, Double> minConfidence = new EnumMap<>(EntityType.class);

    public ModelNames(Rules rules, StageSettings settings) {
        super(rules, settings);
        for (EntityType t : EntityType.values()) {
            minConfidence.put(t, settings.number("min-confidence." + t.path(), 0));
        }
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        CrfNer model = rules.model();
        if (model == null) {
            return;
        }
        List<Token> s = x.tokens();
        for (CrfNer.Span span : model.label(s, x.known())) {
            if (span.confidence() < minConfidence.get(span.type())) {
                continue;
            }
            List<Token> tokens = trimGenericHead(s.subList(span.start(), span.end()), span.type());
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            Gazetteer.Entry known = gazetteer.lookup(tokens);
            boolean proposable = span.type() == EntityType.METHOD || span.type() == EntityType.DATASET;
            Role role = proposable && known == null && broughtIn(s, x.proposalVerb(), span.start()) ? Role.PROPOSED : Role.USED;
            out.add(new Mention(span.type(), x.text().substring(begin, end), begin, end, x.index(), role, name(), span.confidence(),
                    known != null && known.type() == span.type() ? known.label() : null, null, x.inTitle()));
        }
    }

    /**
     * "Qwen2.5 LLM", "Pythia language models": a method name followed by a generic word for what it is names the thing
     * by its first part alone.
     */
    private List<Token> trimGenericHead(List<Token> tokens, EntityType type) {
        int n = tokens.size();
        if (type != EntityType.METHOD || n < 2) {
            return tokens;
        }
        int cut = n;
        if (cues.genericHeads().contains(tokens.get(n - 1).lemma().toLowerCase(Locale.ROOT))) {
            cut = n - 1;
            if (cut >= 2 && tokens.get(cut - 1).lower().equals("language")) {
                cut--;
            }
        }
        return cut < n && cut >= 1 && rules.isNameShaped(tokens.get(cut - 1).word()) ? tokens.subList(0, cut) : tokens;
    }

    /**
     * Whether the name at token {@code start} is what the proposal verb brings in: it follows the verb closely, with
     * no word between that turns to something used ("we propose X trained on Y with Z": X, not Y or Z).
     */
    private boolean broughtIn(List<Token> s, int proposalVerb, int start) {
        if (proposalVerb < 0 || start <= proposalVerb || start - proposalVerb > 12) {
            return false;
        }
        for (int k = proposalVerb + 1; k < start; k++) {
            if (cues.proposalStops().contains(s.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
