package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperkg.extract.CrfTraining;
import org.paperkg.model.EntityType;
import org.paperkg.extract.Extractor;
import org.paperkg.gold.GoldPaper;
import org.paperkg.gold.GoldSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild the crf-ner model (a CoreNLP CRFClassifier) from annotated abstracts, deterministically: "
                + "the same gold files and corpus give the same model file.")
final class TrainCommand implements Callable<Integer> {
    static final Path DEFAULT_GOLD = Path.of("src/test/resources/gold/train.jsonl");
    static final Path DEFAULT_MODEL = Path.of("src/main/resources/org/paperkg/extract/crf-ner.ser.gz");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus the gold files were annotated on "
            + "(default: $PAPERKG_SEEDS, else ../shared/seeds).")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the model goes (default: ${DEFAULT-VALUE}, "
            + "the resource the build ships).")
    Path out = DEFAULT_MODEL;

    @Parameters(paramLabel = "GOLD.jsonl", arity = "0..*", description = "Annotated papers to train on "
            + "(default: src/test/resources/gold/train.jsonl).")
    List<Path> gold = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            // Training takes minutes: refuse before it, not when the model is written.
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot write " + out + " (no such folder " + folder + ")");
        }
        Path seeds = corpus != null ? corpus : EvaluateCommand.defaultCorpus();
        List<CrfTraining.AnnotatedText> texts = new ArrayList<>();
        for (Path g : gold.isEmpty() ? List.of(DEFAULT_GOLD) : gold) {
            for (GoldPaper p : GoldSet.read(g, seeds)) {
                Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
                for (EntityType t : EntityType.values()) {
                    names.put(t, p.names(t));
                }
                texts.add(new CrfTraining.AnnotatedText(p.title(), p.abstractText(), names));
            }
        }
        long start = System.nanoTime();
        long labelled;
        try {
            labelled = new CrfTraining(new Extractor()).train(texts, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write " + out + " (" + Main.why(e, out) + ")", e);
        }
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out));
        err.printf("train: %d papers, %d labelled tokens; model %s (%d bytes, sha256 %s) in %.1f s%n", texts.size(),
                labelled, out, Files.size(out), HexFormat.of().formatHex(sha), (System.nanoTime() - start) / 1e9);
        err.flush();
        return 0;
    }
}
