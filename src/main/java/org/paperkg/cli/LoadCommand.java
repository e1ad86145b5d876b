package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.store.Loader;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Import RDF dumps (N-Quads, TriG, JSON-LD; .gz read transparently) into the store "
                + "with the TDB2 bulk loader.",
                "Only formats with named graphs load (N-Quads, TriG, JSON-LD): paperkg keeps one graph per paper and queries "
                        + "their union, so triples outside any graph would be hidden. An N-Triples or Turtle file is refused "
                        + "(exit 2, nothing loaded); a graph-less triple in another file rejects that file.",
                "Each file loads in one transaction: a file with a syntax error is reported and left out whole, the others load.",
                "The store must be empty (exit 2 otherwise): a dump brings its own entity counts."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to load; a folder stands for its N-Quads files "
            + "(*.nq, *.nq.gz) in name order, as `paperkg spark --out DIR` writes its parts.")
    List<Path> files;

    /** Each folder replaced by its N-Quads files in name order (hidden ones left out); files stay as given. */
    static List<Path> expandFolders(List<Path> paths) {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (var list = Files.list(p)) {
                list.filter(Files::isRegularFile).filter(f -> {
                    String n = f.getFileName().toString();
                    return !n.startsWith(".") && (n.endsWith(".nq") || n.endsWith(".nq.gz"));
                }).sorted().forEach(out::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot list folder " + p, e);
            }
        }
        return out;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(err);
        long t0 = System.nanoTime();
        long quads = 0;
        files = expandFolders(files);
        // A file without graphs is refused before anything loads: its triples would land in the stored default
        // graph, which the union default graph hides from every query.
        List<Path> graphless = files.stream().filter(Loader::graphless).toList();
        if (!graphless.isEmpty()) {
            graphless.forEach(f -> err.println("error: " + f + ": " + org.apache.jena.riot.RDFLanguages.pathnameToLang(f.toString()).getLabel()
                    + " has no named graphs, and paperkg keeps one graph per paper (queries see their union), so its "
                    + "triples would be hidden; load the N-Quads or TriG dump instead (paperkg dump --format nq)"));
            err.println("load: nothing loaded");
            return Main.EXIT_FATAL;
        }
        try (Store store = storeOptions.open()) {
            if (!store.isEmpty()) {
                // A dump carries its entities graph (labels, paper and pair counts): laid over another store's, both
                // sets of counts would stand side by side, true of neither.
                err.println("error: " + storeOptions.store + " holds data already: load fills an empty store from a "
                        + "paperkg dump, whose entity counts come with it; add papers with paperkg ingest, or load into a new store");
                err.println("load: nothing loaded");
                return Main.EXIT_FATAL;
            }
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    reporter.error(new org.paperkg.source.InputError(new org.paperkg.source.Origin(f.toString(), 0), "no such file"));
                    continue;
                }
                Loader.FileResult r = Loader.load(store, f);
                if (r.error() != null) {
                    reporter.error(new org.paperkg.source.InputError(new org.paperkg.source.Origin(f.toString(), 0),
                            r.error() + "; file not loaded"));
                } else {
                    quads += r.triples() + r.quads();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            err.printf("load: %d statements from %d file(s) in %.1f s (%.0f statements/s); store holds %d quads%n",
                    quads, files.size(), s, quads / Math.max(s, 1e-9), store.size());
        }
        return reporter.errors() > 0 ? Main.EXIT_REJECTED : 0;
    }
}
