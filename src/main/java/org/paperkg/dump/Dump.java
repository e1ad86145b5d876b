package org.paperkg.dump;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.Prefixes;
import org.paperkg.store.Store;

/**
 * The dump stage: the store as one RDF file. N-Triples (the union of all graphs) and N-Quads (every graph)
 * are sorted and free of duplicates, so two dumps of one store are byte-identical and diff well. The file is
 * written under a temporary name and moved into place, so a failed dump leaves no half file behind.
 */
public final class Dump {
    /** A written dump: where, what format, how many statements and bytes, and the SHA-256 of its bytes. */
    public record Result(Path file, DumpFormat format, long statements, long bytes, String sha256, boolean gzip) {
        public String fileName() {
            return file == null ? "stdout" : file.getFileName().toString();
        }
    }

    private Dump() {
    }

    /** Writes the dump to {@code out}, or to {@code stdout} when {@code out} is null. */
    public static Result write(Store store, DumpFormat format, Path out, OutputStream stdout) throws IOException {
        boolean gzip = out != null && out.getFileName().toString().endsWith(".gz");
        // A plain new file (not createTempFile, which makes it private): dumps are meant to be shared.
        Path tmp = out == null ? null : out.resolveSibling("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            HashingStream counting = new HashingStream(out == null ? new NoClose(stdout)
                    : Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW), true);
            long statements;
            try (OutputStream body = gzip ? new GZIPOutputStream(counting, 1 << 16) : counting) {
                statements = store.read(dsg -> writeBody(dsg, store, format, body,
                        out == null ? Path.of(System.getProperty("java.io.tmpdir")) : out.toAbsolutePath().getParent()));
            }
            if (out != null) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Result(out, format, statements, counting.bytes(), counting.sha256(), gzip);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static long writeBody(DatasetGraph dsg, Store store, DumpFormat format, OutputStream body, Path tmpDir) {
        try {
            PrefixMap prefixes = Prefixes.of(store.iris());
            if (format.writer == null) {
                return writeLines(dsg, format, body, tmpDir);
            }
            if (format == DumpFormat.JSONLD) {
                // JSON-LD is written from memory: for large stores, N-Quads is the format to use.
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                copy.prefixes().putAll(prefixes);
                long n = 0;
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) {
                    copy.add(it.next());
                }
                JsonLd.write(body, copy); // @context first, for streaming readers
                return n;
            }
            StreamRDF stream = StreamRDFWriter.getWriterStream(body, format.writer);
            stream.start();
            prefixes.forEach(stream::prefix);
            long n = 0;
            if (format.quads) {
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) {
                    stream.quad(it.next());
                }
            } else {
                for (Iterator<Triple> it = dsg.getUnionGraph().find(); it.hasNext(); n++) {
                    stream.triple(it.next());
                }
            }
            stream.finish();
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long writeLines(DatasetGraph dsg, DumpFormat format, OutputStream body, Path tmpDir) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
        try (SortedLines lines = new SortedLines(tmpDir)) {
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                lines.add(format.quads ? line(q) : line(q.asTriple()));
            }
            for (Iterator<Triple> it = dsg.getDefaultGraph().find(); it.hasNext(); ) {
                lines.add(line(it.next()));
            }
            long n = lines.writeTo(w);
            w.flush();
            return n;
        }
    }

    /**
     * A quad as its line of the N-Quads dump (a triple of the default graph as N-Triples): the one way paperkg writes
     * a statement as a line, for the dump and for the Spark job's parts, whose sorted lines must be the dump's.
     */
    public static String line(Quad q) {
        return q.isDefaultGraph() ? line(q.asTriple()) : triple(q.asTriple()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }

    /** A triple as its line of the N-Triples dump. */
    public static String line(Triple t) {
        return triple(t) + " .";
    }

    private static String triple(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject());
    }

    /** Standard output is flushed at the end, never closed. */
    private static final class NoClose extends FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
