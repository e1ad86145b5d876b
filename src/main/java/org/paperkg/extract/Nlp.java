package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The one CoreNLP pipeline of the process (annotators in {@code corenlp.properties}), shared by all threads:
 * CoreNLP annotators are thread-safe, and a pipeline per thread would only double the model memory.
 */
final class Nlp {
    /** CoreNLP's lemmatiser keeps state while it works, so each thread has its own. */
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);
    /** Particles that CoreNLP's lemma annotator keeps after an underscore in a verb ("look_up" gives "look_up"). */
    private static final Set<String> PARTICLES = Set.of("abroad", "across", "after", "ahead", "along", "aside", "away",
            "around", "back", "down", "forward", "in", "off", "on", "over", "out", "round", "together", "through", "up");

    private final StanfordCoreNLP pipeline;

    Nlp(String propertiesResource) {
        Properties props = new Properties();
        try (InputStream in = Nlp.class.getResourceAsStream(propertiesResource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + propertiesResource);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pipeline = new StanfordCoreNLP(props);
    }

    /** Sentences of {@code text}, each a list of tokens with character offsets into {@code text}. */
    List<List<Token>> sentences(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<List<Token>> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (CoreLabel t : s.tokens()) {
                tokens.add(new Token(t.word(), null, t.tag(),
                        t.beginPosition(), t.endPosition()));
            }
            out.add(Tokens.joinHyphenated(tokens, text));
        }
        return out;
    }

    /**
     * The lemma that CoreNLP's lemma annotator gives {@code word} tagged {@code tag}, found when a rule asks for it:
     * the annotator lemmatises every token (4 to 11% of the time of pos+lemma here), the rules read the lemmas of about
     * 175 of the 276 tokens of a paper.
     */
    static String lemma(String word, String tag) {
        Morphology morphology = MORPHOLOGY.get();
        if (tag == null || tag.isEmpty()) {
            return morphology.stem(word);
        }
        if (tag.startsWith("VB") && word.contains("_")) {
            String[] parts = word.split("_");
            if (parts.length == 2 && PARTICLES.contains(parts[1])) {
                return morphology.lemma(parts[0], tag) + '_' + parts[1];
            }
        }
        return morphology.lemma(word, tag);
    }
}
