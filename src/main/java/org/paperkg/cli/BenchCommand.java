package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperkg.bench.Bench;
import org.paperkg.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the throughput of each stage in one run (papers/s): reading, CoreNLP tokenize only, "
                + "pos+lemma only, and full extraction, on 1 and 2 threads, and print their ratios.",
                "Figures from one run compare; figures from different runs on a shared machine do not."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Use the corpus N times over, with fresh ids (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The corpus, e.g. ../shared/seeds.")
    List<Path> corpus;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Bench bench = Bench.load(corpus, Math.max(1, repeat), line -> {
            out.println(line);
            out.flush();
        });
        out.printf("bench: %d papers in memory%n", bench.size());
        List<Bench.Figure> figures = new ArrayList<>();
        figures.add(bench.reading(corpus));
        figures.add(bench.corenlp("tokenize", 1));
        Bench.Figure pos1 = bench.corenlp("tokenize,pos,lemma", 1);
        Bench.Figure pos2 = bench.corenlp("tokenize,pos,lemma", 2);
        Extractor extractor = new Extractor();
        Bench.Figure x1 = bench.extraction(extractor, 1);
        Bench.Figure x2 = bench.extraction(extractor, 2);
        figures.add(pos1);
        figures.add(pos2);
        figures.add(x1);
        figures.add(x2);
        out.println();
        out.printf("%-24s %7s %12s%n", "stage", "threads", "papers/s");
        for (Bench.Figure f : figures) {
            out.printf(Locale.ROOT, "%-24s %7d %12.1f%n", f.stage(), f.threads(), f.papersPerSecond());
        }
        out.printf(Locale.ROOT, "extraction / pos+lemma: %.2fx on 1 thread, %.2fx on 2 threads; 2 threads / 1 thread: %.2fx%n",
                x1.papersPerSecond() / pos1.papersPerSecond(), x2.papersPerSecond() / pos2.papersPerSecond(),
                x2.papersPerSecond() / x1.papersPerSecond());
        out.flush();
        return 0;
    }
}
