package org.paperkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.paperkg.model.EntityType;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "paperkg spark", mixinStandardHelpOptions = true,
        description = {"Build the graph `paperkg ingest` builds as an Apache Spark job, and write it as sorted, gzipped N-Quads "
                + "parts (part-00000.nq.gz, …), whose lines in part order are those of `paperkg dump --format nq` "
                + "(the meta graph aside), with a VoID + DCAT description (paperkg.void.ttl) and SHA256SUMS.",
                "Inputs are local paths or Hadoop FileSystem paths (hdfs://, s3a://); the output folder too. "
                        + "Load them with `paperkg load DIR`.",
                "Rejected records are reported on standard error as `error: FILE:LINE: reason`; the rest go on."})
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[*], spark://HOST:7077, yarn, k8s://…); default: what spark-submit set, else local[*].")
    String master;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (made; parts in it are replaced).")
    String out;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, sniffed per file).")
    SourceFormat format;

    @Option(names = "--partitions", paramLabel = "N", description = "Extraction partitions (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--parts", defaultValue = "4", paramLabel = "N", description = "Output parts (default: ${DEFAULT-VALUE}).")
    int parts;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, paramLabel = "IRI", description = "Base IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--known-names", paramLabel = "STORE",
            description = "A TDB2 store whose papers' names (rule known-name) the extraction knows, as `ingest` into that store "
                    + "would: names of its papers outside this input, broadcast to every executor.")
    Path knownNamesStore;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders (.gz read transparently).")
    List<String> inputs;

    public static void main(String[] args) {
        // Configured as paperkg's own commands are: enum values in any case, an error in one line and exit 2.
        System.exit(new CommandLine(new SparkMain())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("paperkg spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 2;
                })
                .execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (parts < 1 || partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--parts and --partitions must be at least 1");
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        SparkConf conf = new SparkConf().setAppName("paperkg");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // Local mode talks to itself: on the loopback, never on the machine's network address.
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        Iris iris = new Iris(base);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            GraphJob.Settings settings = new GraphJob.Settings(inputs, format, out,
                    partitions != null ? partitions : 4 * sc.defaultParallelism(), parts, iris, knownNames(iris));
            GraphJob.Summary s = GraphJob.run(sc, settings);
            s.errors().forEach(e -> err.println("error: " + e));
            Description.write(sc.hadoopConfiguration(), out, iris, s);
            err.println("spark: " + s.text() + " -> " + out);
            return s.rejected() > 0 ? 1 : 0;
        }
    }

    private Map<EntityType, Map<String, Set<String>>> knownNames(Iris iris) {
        return knownNamesStore == null ? null : StoreNames.read(knownNamesStore, iris, inputs, format);
    }

    static OutputStream create(org.apache.hadoop.conf.Configuration hadoop, String dir, String name) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir, name);
        FileSystem fs = p.getFileSystem(hadoop);
        fs.setWriteChecksum(false);
        return fs.create(p, true);
    }
}
