package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.evaluate.Evaluation;
import org.paperkg.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold file (JSON Lines in the extract shape, each with its abstract): "
                + "precision, recall and F1 per entity type, roles, results and code links.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--mistakes", description = "Also list every missed and wrong item.")
    boolean mistakes;

    @Parameters(paramLabel = "GOLD.jsonl", description = "The gold file, e.g. src/test/resources/gold/gold.jsonl.")
    Path gold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Evaluation e = Evaluation.run(gold, new Extractor());
        if (mistakes) {
            e.mistakes().forEach(out::println);
        }
        out.print(e.table());
        out.flush();
        return 0;
    }
}
