package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperkg.Seeds;
import org.paperkg.source.Collected;
import org.paperkg.source.Paper;
import org.paperkg.source.SourceFormat;

/**
 * The extraction pipeline runs without CoreNLP's lemma annotator and finds lemmas on demand: every lemma found so must
 * be the one the annotator gives.
 */
class LemmaTest {
    @Test
    void onDemandLemmasAreTheAnnotatorsOnHardCases() {
        String[][] cases = {
                {"models", "NNS"}, {"data", "NNS"}, {"corpora", "NNS"}, {"indices", "NNS"}, {"analyses", "NNS"},
                {"Transformers", "NNPS"}, {"LLMs", "NNS"}, {"was", "VBD"}, {"ran", "VBD"}, {"outperforms", "VBZ"},
                {"fine-tuned", "VBN"}, {"better", "JJR"}, {"best", "RBS"}, {"looked_up", "VBD"}, {"sets_out", "VBZ"},
                {"set_ups", "VBZ"}, {"a_b_up", "VB"}, {"_up", "VB"}, {"running", ""}, {"GPT-4", "NN"}, {"ResNet-50", "NNP"},
                {"83.8%", "CD"}, {"Ångström", "NN"}, {"(", "-LRB-"}};
        List<CoreLabel> tokens = new ArrayList<>();
        for (String[] c : cases) {
            CoreLabel t = new CoreLabel();
            t.setWord(c[0]);
            t.setValue(c[0]);
            t.setTag(c[1]);
            tokens.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        new MorphaAnnotator(false).annotate(doc);
        for (CoreLabel t : tokens) {
            assertEquals(t.lemma(), Nlp.lemma(t.word(), t.tag()), t.word() + "/" + t.tag());
        }
    }

    @Tag("slow")
    @Test
    void onDemandLemmasAreTheAnnotatorsOnEveryTokenOfTheSeeds() throws Exception {
        Path seeds = Seeds.find().orElse(null);
        Assumptions.assumeTrue(seeds != null, "the seed corpus is not beside the checkout");
        Properties props = new Properties();
        try (InputStream in = Nlp.class.getResourceAsStream("corenlp.properties")) {
            props.load(in);
        }
        props.setProperty("annotators", props.getProperty("annotators") + ",lemma");
        StanfordCoreNLP withLemmas = new StanfordCoreNLP(props);
        List<String> texts = new ArrayList<>();
        for (Paper p : Collected.read(SourceFormat.AUTO, seeds).papers) {
            texts.add(p.title());
            texts.add(p.abstractText());
        }
        long checked = 0;
        for (String text : texts) {
            CoreDocument doc = new CoreDocument(text);
            withLemmas.annotate(doc);
            for (CoreLabel t : doc.tokens()) {
                assertEquals(t.lemma(), Nlp.lemma(t.word(), t.tag()), t.word() + "/" + t.tag() + " in: " + text);
                checked++;
            }
        }
        assertTrue(checked > 150_000, "tokens checked: " + checked);
    }
}
