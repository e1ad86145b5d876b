package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "the WebQSP dataset", "on MMLU, GSM8K and HumanEval benchmarks", "the Amazon Reviews corpus": names before a
 * dataset word. A run of name-shaped or capitalised words is one name; commas and "and" separate names. Also the
 * names a dataset word introduces as its examples: "six datasets, including NTU Mutual 11, H2O and Volleyball".
 */
public final class DatasetHeads extends SentenceStage {
    private final double confidence;
    private final double listedConfidence;

    public DatasetHeads(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
        listedConfidence = settings.number("confidence.listed");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int h = 1; h < s.size(); h++) {
            Token head = s.get(h);
            if (!head.tag().startsWith("NN") || !cues.datasetHeads().contains(head.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            namesListedAfterDatasetWord(x, h, out);
            int end = h;
            for (int k = h - 1; k >= Math.max(0, h - 12); k--) {
                Token t = s.get(k);
                boolean namePart = rules.isNameShaped(t.word()) || rules.isCapitalisedWord(t, k);
                if (namePart) {
                    continue;
                }
                addDatasetSegment(x, k + 1, end, out);
                if (!Rules.LIST_GLUE.contains(t.lower())) {
                    end = -1;
                    break;
                }
                end = k;
            }
            if (end > 0) {
                addDatasetSegment(x, Math.max(0, h - 12), end, out);
            }
        }
    }

    private void addDatasetSegment(Sentence x, int from, int to, List<Mention> out) {
        if (from >= to) {
            return;
        }
        List<Token> segment = x.tokens().subList(from, to);
        boolean shaped = segment.stream().anyMatch(t -> rules.isNameShaped(t.word()));
        Gazetteer.Entry known = gazetteer.lookup(segment);
        if (known != null && known.type() != EntityType.DATASET || !shaped && segment.size() < 2 && known == null) {
            return;
        }
        if (!shaped && known == null && segment.stream().anyMatch(t -> gazetteer.lookup(List.of(t)) != null)) {
            return;
        }
        Token first = segment.get(0);
        Token last = segment.get(segment.size() - 1);
        String text = first.word();
        if (segment.size() > 1) {
            StringBuilder b = new StringBuilder();
            segment.forEach(t -> b.append(b.length() == 0 ? "" : " ").append(t.word()));
            text = b.toString();
        }
        Role role = x.proposalVerb() >= 0 && x.proposalVerb() < from ? Role.PROPOSED : Role.USED;
        out.add(new Mention(EntityType.DATASET, text, first.begin(), last.end(), x.index(), role, name(), confidence,
                known == null ? null : known.label(), null));
    }

    /**
     * "six datasets, including NTU Mutual 11, H2O and Volleyball", "benchmarks such as Pittsburgh and SPED", "four
     * benchmarks, i.e., ActivityNet, FCVID, …": the names a dataset word introduces as its examples.
     */
    private void namesListedAfterDatasetWord(Sentence x, int h, List<Mention> out) {
        List<Token> s = x.tokens();
        int k = h + 1;
        if (k < s.size() && s.get(k).word().equals(",")) {
            k++;
        }
        int start = Rules.listIntroduced(s, k);
        if (start < 0) {
            return;
        }
        List<int[]> members = rules.listedNames(s, start);
        if (members.size() < 2 && (members.isEmpty() || !rules.nameShapedIn(s, members.get(0)))) {
            return;
        }
        for (int[] m : members) {
            if (!rules.describesSomethingElse(s, m[1])) {
                out.add(Rules.listedDataset(x, m, name(), listedConfidence));
            }
        }
    }
}
