package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.evaluate.Evaluation;
import org.paperkg.extract.Extractor;
import org.paperkg.model.EntityType;
import org.paperkg.gold.GoldPaper;
import org.paperkg.gold.GoldSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold file (JSON Lines in the extract shape): precision, recall and F1 "
                + "per entity type, roles, results and code links. Records without their abstract are joined by id "
                + "with the corpus (--corpus).")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--mistakes", description = "Also list every missed and wrong item.")
    boolean mistakes;

    @Option(names = "--by-stage", description = "Also print the precision of each stage's entities, per type.")
    boolean byStage;

    @Option(names = "--ablate", description = "Also run without each stage in turn and print the change in F1 per type.")
    boolean ablate;

    @Option(names = "--scirex", paramLabel = "FILE", description = "Instead of a gold file: recall of the salient entities "
            + "that SciREX papers name in their title or abstract (e.g. ../shared/data/scirex/train.jsonl.gz).")
    Path scirex;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus the gold file was annotated on "
            + "(default: $PAPERKG_SEEDS, else ../shared/seeds).")
    Path corpus;

    @Option(names = "--against", paramLabel = "OTHER.jsonl", description = "Score a second annotation of the same "
            + "papers instead of extraction: the agreement between two annotators.")
    Path against;

    @Parameters(paramLabel = "GOLD.jsonl", arity = "0..1", description = "The gold file, e.g. src/test/resources/gold/dev.jsonl.")
    Path gold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (scirex != null) {
            out.print(org.paperkg.evaluate.SciRexRecall.run(scirex, new Extractor()).table());
            out.flush();
            return 0;
        }
        if (gold == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a gold file, or --scirex FILE");
        }
        Path seeds = corpus != null ? corpus : defaultCorpus();
        List<GoldPaper> papers = GoldSet.read(gold, seeds);
        Extractor extractor = against != null ? null : new Extractor();
        Evaluation e = against != null ? Evaluation.agreement(papers, GoldSet.read(against, seeds))
                : Evaluation.run(papers, extractor);
        if (mistakes) {
            e.mistakes().forEach(out::println);
        }
        out.print(e.table());
        out.print(e.acrossPapers());
        if (byStage) {
            out.println();
            out.print(e.stageTable());
        }
        if (ablate && extractor != null) {
            out.println();
            out.print(ablation(papers, extractor, e));
        }
        out.flush();
        return 0;
    }

    /** The F1 change per type (and for results) when each stage is left out. */
    private static String ablation(List<GoldPaper> papers, Extractor extractor, Evaluation full) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-22s", "without stage"));
        for (EntityType t : EntityType.values()) {
            b.append(String.format(java.util.Locale.ROOT, " %9s", t.path() + "s"));
        }
        b.append(String.format(java.util.Locale.ROOT, " %9s  (change in F1)%n", "results"));
        for (String stage : extractor.stageNames()) {
            Evaluation e = Evaluation.run(papers, extractor.without(stage));
            b.append(String.format(java.util.Locale.ROOT, "%-22s", stage));
            for (EntityType t : EntityType.values()) {
                b.append(String.format(java.util.Locale.ROOT, " %+9.3f", e.score(t).f1() - full.score(t).f1()));
            }
            b.append(String.format(java.util.Locale.ROOT, " %+9.3f%n", e.results().f1() - full.results().f1()));
        }
        return b.toString();
    }

    /** $PAPERKG_SEEDS, else the shared corpus beside the checkout. */
    static Path defaultCorpus() {
        String env = System.getenv("PAPERKG_SEEDS");
        return Path.of(env != null && !env.isBlank() ? env : "../shared/seeds");
    }
}
