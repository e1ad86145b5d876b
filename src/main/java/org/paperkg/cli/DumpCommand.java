package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.paperkg.dump.Dump;
import org.paperkg.dump.DumpDescription;
import org.paperkg.dump.DumpFormat;
import org.paperkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Write the store as one RDF file. nt holds the union of all graphs, nq every named graph; "
                + "both are sorted and without duplicates, so equal stores give byte-identical dumps.",
                "With --out, FILE.void.ttl (VoID + DCAT of that file: counts, classes, vocabularies, linksets, licence, "
                        + "size, SHA-256) and FILE.sha256 are written beside it. A dump never changes the store."})
final class DumpCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    DumpFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "The dump file (gzip when it ends in .gz); standard output when left out.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = storeOptions.openExisting()) {
            OutputStream stdout = out == null ? System.out : null;
            // One read transaction for the dump and its description, so that both tell of the same data; nothing is
            // written to the store, so dumping twice gives the same file.
            store.read(dsg -> {
                Dump.Result r;
                try {
                    r = Dump.write(store, format, out, stdout);
                } catch (IOException | UncheckedIOException e) {
                    throw cannotWrite(out == null ? "standard output" : out.toString(), e);
                }
                if (out != null) {
                    Model description = DumpDescription.of(store, r);
                    Path voidFile = out.resolveSibling(out.getFileName() + ".void.ttl");
                    try (OutputStream o = Files.newOutputStream(voidFile)) {
                        RDFDataMgr.write(o, description, RDFFormat.TURTLE_PRETTY);
                        Files.writeString(out.resolveSibling(out.getFileName() + ".sha256"),
                                r.sha256() + "  " + out.getFileName() + "\n", StandardCharsets.UTF_8);
                    } catch (IOException | UncheckedIOException e) {
                        throw cannotWrite(out + "'s description", e);
                    }
                    err.printf("dump: %d statements, %d bytes, sha256 %s -> %s (+ %s, %s.sha256)%n", r.statements(), r.bytes(),
                            r.sha256(), out, voidFile.getFileName(), out.getFileName());
                } else {
                    System.out.flush();
                    err.printf("dump: %d statements, %d bytes, sha256 %s%n", r.statements(), r.bytes(), r.sha256());
                }
                return null;
            });
        }
        return 0;
    }

    /** Names the file the user gave: Dump writes a hidden part file beside it, which is what the exception names. */
    private IllegalStateException cannotWrite(String what, Exception e) {
        return new IllegalStateException("cannot write " + what + " (" + Main.why(e, out) + ")", e);
    }
}
