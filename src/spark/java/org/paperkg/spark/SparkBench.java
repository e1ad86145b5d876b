package org.paperkg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.paperkg.bench.Bench;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code paperkg bench --spark}: in one run, the Spark job's papers/s in local[1] and local[2], and local[2] against
 * extraction on 2 threads without Spark (what {@code extract --threads 2} does per paper: extract and resolve). One
 * extractor serves all three and is warmed up before any is timed; Spark's start-up is left out of the job's time.
 */
@Command(name = "paperkg bench --spark", mixinStandardHelpOptions = true,
        description = {"Measure the Spark job against extraction without Spark, in one run.",
                "Figures from one run compare; figures from different runs on a shared machine do not."})
public final class SparkBench implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The corpus, e.g. ../shared/seeds.")
    List<Path> corpus;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Bench bench = Bench.load(corpus, 1, line -> { });
        Bench.Figure threads2 = bench.extraction(ExtractorHolder.base(), 2).time();
        System.out.printf(Locale.ROOT, "bench: extract+resolve, 2 threads, no Spark: %d papers in %.1f s = %.1f papers/s%n",
                threads2.items(), threads2.seconds(), threads2.rate());
        double local1 = job("local[1]", 4);
        double local2 = job("local[2]", 8);
        System.out.printf(Locale.ROOT, "bench: spark local[2] / local[1] = %.2fx; local[2] / extract --threads 2 = %.2fx (target >= 0.8x)%n",
                local2 / local1, local2 / threads2.rate());
        return 0;
    }

    /** One run of the whole job (read, extract, entities, sorted parts) into a fresh folder; papers/s. */
    private double job(String master, int partitions) throws IOException {
        Path out = Files.createTempDirectory("paperkg-bench-spark-");
        SparkConf conf = new SparkConf().setAppName("paperkg-bench").setMaster(master)
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            GraphJob.Summary s = GraphJob.run(sc, new GraphJob.Settings(corpus.stream().map(Path::toString).toList(),
                    SourceFormat.AUTO, out.toString(), partitions, 4, Iris.standard(), null));
            System.out.printf(Locale.ROOT, "bench: spark %s, %d partitions: %s%n", master, partitions, s.text());
            return s.read() / s.seconds();
        } finally {
            try (var walk = Files.walk(out)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
