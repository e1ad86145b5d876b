package org.paperkg.extract.stage;

import java.util.List;
import java.util.Set;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "Adversarial Style Augmentation for Domain Generalization", "A Benchmark for Long-horizon Decision-Making in Embodied
 * AI": what a title says its work is for is the task it addresses, when the phrase after "for" (or "towards") ends in
 * a word that names an activity ("… Segmentation", "… Reasoning", "… Control"). Evaluative words before it do not
 * narrow it ("Efficient", "Robust"); a phrase that starts with a verb ("for Training Video Models"), names a field
 * ("for Deep Learning") or a known method or dataset is no task.
 */
public final class TitleTasks extends SentenceStage {
    private static final Set<String> INTRODUCERS = Set.of("for", "towards", "toward");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> ENDS = Set.of("in", "with", "via", "using", "on", "through", "from", "by", "and", "of",
            "under", "without", "at", "to", "towards", "as", "beyond", "across", "into", "over", "against", "is", "are",
            "that", "where", ":", ",", "?", ".", ";", "(", "-", "--", "!");
    private final double confidence;

    public TitleTasks(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        if (!x.inTitle()) {
            return;
        }
        List<Token> s = x.tokens();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!INTRODUCERS.contains(s.get(i).lower())) {
                continue;
            }
            int first = i + 1;
            while (first < s.size() && cues.notNarrowing().contains(s.get(first).lower())) {
                first++;
            }
            int end = first;
            while (end < s.size() && !ENDS.contains(s.get(end).lower())) {
                end++;
            }
            if (end > first && namesATask(x, first, end)) {
                int begin = s.get(first).begin();
                int stop = s.get(end - 1).end();
                out.add(new Mention(EntityType.TASK, x.text().substring(begin, stop), begin, stop, x.index(), Role.USED,
                        name(), confidence, null, null, true));
            }
        }
    }

    private boolean namesATask(Sentence x, int first, int end) {
        List<Token> span = x.tokens().subList(first, end);
        String head = span.get(span.size() - 1).lower();
        String lead = span.get(0).lower();
        String phrase = String.join(" ", span.stream().map(Token::lower).toList());
        boolean activity = cues.taskHeads().contains(head) || cues.titleTaskHeads().contains(head)
                || span.size() > 1 && head.matches(".*(?:ing|tion|sion|ment|sis)");
        boolean verbFirst = span.size() > 1 && lead.endsWith("ing") && lead.indexOf('-') < 0;
        if (!activity || verbFirst || ARTICLES.contains(lead) || cues.genericTerms().contains(phrase)) {
            return false;
        }
        for (Gazetteer.Match m : x.known()) {
            if (m.start() < end && first < m.end() && m.entry().type() != EntityType.TASK) {
                return false;
            }
        }
        return true;
    }
}
