package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/** "We propose NGAME, …", "a method called DaSS", "This paper introduces LogicLLaMA": the name a paper brings in. */
public final class ProposedNames extends SentenceStage {
    private final double confidence;

    public ProposedNames(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int v = 0; v < s.size(); v++) {
            boolean naming = s.get(v).tag().startsWith("VB") && cues.namingVerbs().contains(s.get(v).lemma().toLowerCase(Locale.ROOT));
            if (!naming && v != x.proposalVerb()) {
                continue;
            }
            int limit = Math.min(s.size(), v + (naming ? 5 : 12));
            for (int j = v + 1; j < limit; j++) {
                Token t = s.get(j);
                if (cues.proposalStops().contains(t.lower())) {
                    break;
                }
                if (rules.isNameShaped(t.word())) {
                    // A well-known name after "we propose" is built upon, not brought in: the gazetteer has it as used.
                    if (gazetteer.lookup(List.of(t)) == null) {
                        EntityType type = datasetNear(s, v, j) || naming && namesADataset(s, v)
                                || Rules.endsWithBench(t.word()) || datasetAppositive(s, j)
                                ? EntityType.DATASET : EntityType.METHOD;
                        out.add(new Mention(type, t.word(), t.begin(), t.end(), x.index(), Role.PROPOSED, name(), confidence, null, null));
                    }
                    break;
                }
            }
        }
    }

    /** "We present X, a multilingual benchmark designed to …": the phrase set beside the name says what it is. */
    private boolean datasetAppositive(List<Token> s, int name) {
        int k = name + 1;
        if (k + 1 >= s.size() || !s.get(k).word().equals(",") || !Set.of("a", "an", "the", "our").contains(s.get(k + 1).lower())) {
            return false;
        }
        for (k = name + 3; k < Math.min(s.size(), name + 8); k++) {
            Token t = s.get(k);
            if (cues.datasetHeads().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!t.tag().startsWith("JJ") && !t.tag().startsWith("NN") && !t.tag().equals("VBN") && !t.tag().equals("VBG")
                    && !t.tag().equals("CD") && !t.word().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** "a multimodal mini-dataset named CapQA", "this labelled dataset, termed Objaverse-Mix": the word the name is given to. */
    private boolean namesADataset(List<Token> s, int verb) {
        int k = verb - 1;
        if (k >= 0 && s.get(k).word().equals(",")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String head = s.get(k).lemma().toLowerCase(Locale.ROOT);
        // "mini-dataset", "sub-benchmark": the word after the hyphen says what it is.
        return cues.datasetHeads().contains(head.substring(head.lastIndexOf('-') + 1));
    }

    private boolean datasetNear(List<Token> s, int verb, int name) {
        for (int k = verb + 1; k < Math.min(s.size(), name + 4); k++) {
            if (k != name && cues.datasetHeads().contains(s.get(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
