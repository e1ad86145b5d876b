package org.paperkg.extract;

import org.paperkg.model.EntityType;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the crf-ner model from annotated abstracts. Annotations name entities (every surface form, ANNOTATION.md),
 * not places: each occurrence of a name in the title or abstract that starts and ends on token boundaries labels
 * its tokens, longer names first, so "ImageNet-1K" is not relabelled by "ImageNet". The same texts give the same
 * model: sentences are taken in the order given and training runs on one thread.
 */
public final class CrfTraining {
    /** One annotated paper: its text and, per type, every name its annotation gives. */
    public record AnnotatedText(String title, String abstractText, Map<EntityType, List<String>> names) {
    }

    private final Extractor extractor;

    public CrfTraining(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Trains on {@code texts} and writes the model to {@code out}; returns the number of labelled tokens. */
    public long train(List<AnnotatedText> texts, Path out) throws IOException {
        CRFClassifier<CoreLabel> crf = CrfNer.untrained();
        List<List<CoreLabel>> sentences = new ArrayList<>();
        long labelled = 0;
        for (AnnotatedText t : texts) {
            for (String text : List.of(t.title(), t.abstractText())) {
                for (List<Token> s : extractor.nlp().sentences(text)) {
                    String[] answers = answers(text, s, t.names());
                    labelled += Arrays.stream(answers).filter(a -> !a.equals(CrfNer.OUTSIDE)).count();
                    sentences.add(CrfNer.sequence(s, extractor.gazetteer().matches(s), Arrays.asList(answers), crf.flags.wordShape));
                }
            }
        }
        CrfNer.train(crf, sentences, out);
        return labelled;
    }

    /** The label of each token of sentence {@code s} of {@code text}. */
    static String[] answers(String text, List<Token> s, Map<EntityType, List<String>> names) {
        String[] answers = new String[s.size()];
        Arrays.fill(answers, CrfNer.OUTSIDE);
        if (s.isEmpty()) {
            return answers;
        }
        record Name(String text, EntityType type) {
        }
        List<Name> all = new ArrayList<>();
        names.forEach((type, list) -> list.forEach(n -> all.add(new Name(n, type))));
        all.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed().thenComparing(Name::text));
        int from = s.get(0).begin();
        int to = s.get(s.size() - 1).end();
        for (Name n : all) {
            if (n.text().isBlank()) {
                continue;
            }
            for (int at = text.indexOf(n.text(), from); at >= 0 && at + n.text().length() <= to;
                 at = text.indexOf(n.text(), at + 1)) {
                int first = tokenStarting(s, at);
                int last = tokenEnding(s, at + n.text().length());
                if (first < 0 || last < first) {
                    continue;
                }
                boolean free = true;
                for (int i = first; i <= last; i++) {
                    free &= answers[i].equals(CrfNer.OUTSIDE);
                }
                if (free) {
                    Arrays.fill(answers, first, last + 1, n.type().name());
                }
            }
        }
        return answers;
    }

    private static int tokenStarting(List<Token> s, int begin) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEnding(List<Token> s, int end) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }
}
