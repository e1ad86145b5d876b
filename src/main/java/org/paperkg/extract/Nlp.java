package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of the process (annotators in {@code corenlp.properties}), shared by all threads:
 * CoreNLP annotators are thread-safe, and a pipeline per thread would only double the model memory.
 */
final class Nlp {
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
                tokens.add(new Token(t.word(), t.lemma() == null ? t.word() : t.lemma(), t.tag(),
                        t.beginPosition(), t.endPosition()));
            }
            out.add(Tokens.joinHyphenated(tokens, text));
        }
        return out;
    }
}
