package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "On QM9 it reduces …", "evaluated on FLORES-200 and WN18RR": names right after "on" are datasets. In a list of two
 * or more that holds a name-shaped one and nothing known to be of another type ("on Pittsburgh, Mapillary-SLS and
 * Nordland", "on NTU Mutual 11 and H2O"), plain capitalised and several-word names are datasets too.
 */
public final class DatasetsAfterOn extends SentenceStage {
    private final double confidence;

    public DatasetsAfterOn(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (int o = 0; o < s.size(); o++) {
            if (!s.get(o).lower().equals("on") || o > 0 && cues.onNotAfter().contains(s.get(o - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = o + 1; j < Math.min(s.size(), o + 9); j++) {
                Token t = s.get(j);
                if (rules.isNameShaped(t.word())) {
                    if (gazetteer.lookup(List.of(t)) == null && !rules.describesSomethingElse(s, j)) {
                        out.add(new Mention(EntityType.DATASET, t.word(), t.begin(), t.end(), x.index(), Role.USED, name(),
                                confidence, null, null));
                    }
                } else if (!Rules.LIST_GLUE.contains(t.lower()) && !rules.isGazetteerWord(s, j)) {
                    break;
                }
            }
            namesListedAfterOn(x, o, out);
        }
    }

    /** The rest of a list after "on" at {@code o} when it is a list of names: its capitalised and several-word names. */
    private void namesListedAfterOn(Sentence x, int o, List<Mention> out) {
        List<Token> s = x.tokens();
        List<int[]> members = rules.listedNames(s, o + 1);
        int end = members.isEmpty() ? -1 : members.get(members.size() - 1)[1];
        if (members.size() < 2 || members.stream().noneMatch(m -> rules.nameShapedIn(s, m))
                || Rules.followedByHead(s, end, cues.methodHeads()) || Rules.followedByHead(s, end, cues.taskHeads())) {
            return;
        }
        for (int[] m : members) {
            boolean foundAlready = m[0] == m[1] && rules.isNameShaped(s.get(m[0]).word());
            if (!foundAlready && !rules.describesSomethingElse(s, m[1])) {
                out.add(Rules.listedDataset(x, m, name(), confidence));
            }
        }
    }
}
