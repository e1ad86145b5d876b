package org.paperkg.extract;

import org.paperkg.model.EntityType;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The crf-ner stage's model: a CoreNLP {@link CRFClassifier} that labels tokens METHOD, DATASET, METRIC, TASK or O.
 * It sees what the rules see: paperkg's tokens with their tags, and the gazetteer's type for tokens of a known name.
 * Trained by {@code paperkg train} on the annotated abstracts, shipped as a resource.
 */
public final class CrfNer {
    static final String MODEL_RESOURCE = "crf-ner.ser.gz";
    static final String FLAGS_RESOURCE = "crf-ner.properties";
    static final String OUTSIDE = "O";

    /** A run of tokens [start, end) of one sentence given one type, with the least marginal probability of its tokens. */
    public record Span(int start, int end, EntityType type, double confidence) {
    }

    private final CRFClassifier<CoreLabel> crf;

    private CrfNer(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** The shipped model, or null when the build has none (a checkout before its first {@code paperkg train}). */
    static CrfNer loadShipped() {
        InputStream in = CrfNer.class.getResourceAsStream(MODEL_RESOURCE);
        if (in == null) {
            return null;
        }
        try (InputStream gz = new GZIPInputStream(new BufferedInputStream(in, 1 << 16))) {
            return new CrfNer(CRFClassifier.getClassifier(gz));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crf-ner model " + MODEL_RESOURCE, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("the crf-ner model " + MODEL_RESOURCE + " is not a CRFClassifier", e);
        }
    }

    /**
     * The labelled runs of one sentence. Each token takes its most probable label (posterior decoding: one
     * forward-backward pass gives both the labels and their probabilities).
     */
    public List<Span> label(List<Token> sentence, List<Gazetteer.Match> known) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        CRFCliqueTree<String> tree = crf.getCliqueTree(sequence(sentence, known, null, crf.flags.wordShape));
        Index<String> classes = tree.classIndex();
        List<Span> out = new ArrayList<>();
        int start = -1;
        String current = OUTSIDE;
        double least = 1;
        for (int i = 0; i <= sentence.size(); i++) {
            String answer = OUTSIDE;
            double p = 1;
            if (i < sentence.size()) {
                double[] probs = tree.probsToDoubleArr(i);
                int best = 0;
                for (int k = 1; k < probs.length; k++) {
                    best = probs[k] > probs[best] ? k : best;
                }
                answer = classes.get(best);
                p = probs[best];
            }
            if (!answer.equals(current)) {
                if (!current.equals(OUTSIDE)) {
                    // Three decimals: every store keeps them exactly (Virtuoso rounds longer decimals).
                    out.add(new Span(start, i, EntityType.valueOf(current), Math.round(least * 1000) / 1000.0));
                }
                current = answer;
                start = i;
                least = 1;
            }
            least = Math.min(least, p);
        }
        return out;
    }

    /** The CRF's view of a sentence; {@code answers} (one per token) only when training. */
    static List<CoreLabel> sequence(List<Token> sentence, List<Gazetteer.Match> known, List<String> answers, int shaper) {
        List<CoreLabel> out = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.word());
            c.setTag(t.tag());
            c.set(CoreAnnotations.ShapeAnnotation.class, WordShapeClassifier.wordShape(t.word(), shaper));
            if (answers != null) {
                c.set(CoreAnnotations.AnswerAnnotation.class, answers.get(i));
                c.set(CoreAnnotations.GoldAnswerAnnotation.class, answers.get(i));
            }
            out.add(c);
        }
        for (Gazetteer.Match m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                out.get(i).set(CoreAnnotations.GazAnnotation.class, m.entry().type().name());
            }
        }
        return out;
    }

    /** A model to train, with the flags of {@link #FLAGS_RESOURCE}. */
    static CRFClassifier<CoreLabel> untrained() throws IOException {
        Properties flags = new Properties();
        try (InputStream in = CrfNer.class.getResourceAsStream(FLAGS_RESOURCE)) {
            flags.load(in);
        }
        return new CRFClassifier<>(flags);
    }

    /** Trains {@code crf} on labelled sentences and writes it, gzipped. */
    static void train(CRFClassifier<CoreLabel> crf, List<List<CoreLabel>> sentences, Path out) throws IOException {
        crf.train(sentences);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(file, 1 << 16))) {
            crf.serializeClassifier(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
