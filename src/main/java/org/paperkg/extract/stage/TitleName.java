package org.paperkg.extract.stage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "NGAME: Negative Mining-aware …": a name before the title's colon is what the paper brings in. Its uses in
 * the abstract become proposed mentions (a dataset when the title calls the work a benchmark or dataset).
 */
public final class TitleName extends DocumentStage {
    private final double confidence;

    public TitleName(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void apply(Document d, List<Mention> mentions) {
        String title = d.title();
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return;
        }
        String name = title.substring(0, colon).strip();
        String rest = title.substring(colon + 1).toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(rest.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.stream().anyMatch(cues.surveyWords()::contains) || name.contains(" ") && !rules.isNameShaped(name.replace(" ", ""))) {
            return;
        }
        boolean dataset = Rules.endsWithBench(name) || words.stream()
                .anyMatch(w -> cues.datasetHeads().contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                        || w.startsWith("benchmark"));
        EntityType type = dataset ? EntityType.DATASET : EntityType.METHOD;
        boolean seen = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean same = m.text().equals(name) || name.equals(m.definedAs());
            boolean proposable = m.type() == EntityType.METHOD || m.type() == EntityType.DATASET;
            if (same && proposable && m.canonical() == null) {
                mentions.set(i, m.withType(type).withRole(Role.PROPOSED));
                seen = true;
            } else if (same && !proposable && m.text().equals(name)) {
                // "COMET: Learning …": the paper's own name, though the gazetteer knows a metric by it.
                mentions.set(i, new Mention(type, m.text(), m.begin(), m.end(), m.sentence(), Role.PROPOSED, name(), confidence,
                        null, null));
                seen = true;
            }
        }
        if (!seen && !name.contains(" ") && gazetteer.lookup(List.of(new Token(name, name, "NNP", 0, 0))) == null) {
            List<List<Token>> sentences = d.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                for (Token t : sentences.get(i)) {
                    if (t.word().equals(name) && mentions.stream().noneMatch(m -> !m.inTitle() && m.begin() <= t.begin() && t.end() <= m.end())) {
                        mentions.add(new Mention(type, name, t.begin(), t.end(), i, Role.PROPOSED, name(), confidence, null, null));
                    }
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::begin));
        }
    }
}
