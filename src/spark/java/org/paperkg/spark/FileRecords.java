package org.paperkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.paperkg.source.InputError;
import org.paperkg.source.InputFile;
import org.paperkg.source.Origin;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;

/**
 * Reads one input file on an executor with paperkg's own readers. A file on a Hadoop file system (HDFS, S3) is copied
 * to local disk first, since the readers read local files, and its records name the file as given.
 */
final class FileRecords {
    private FileRecords() {
    }

    static List<SourceRecord> read(int fileIndex, String file, SourceFormat format) {
        List<SourceRecord> out = new ArrayList<>();
        if (InputListing.isLocal(file)) {
            Sources.readFile(new InputFile(Path.of(file)), format, sink(fileIndex, out, null));
            return out;
        }
        return readThroughHadoop(fileIndex, file, format);
    }

    /** A file of a Hadoop FileSystem, copied to local disk and read there; its records name it as given. */
    static List<SourceRecord> readThroughHadoop(int fileIndex, String file, SourceFormat format) {
        List<SourceRecord> out = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("paperkg-input-");
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file);
            Path local = dir.resolve(remote.getName());
            FileSystem fs = remote.getFileSystem(new Configuration());
            fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
            Sources.readFile(new InputFile(local), format, sink(fileIndex, out, new String[] {local.toString(), file}));
        } catch (IOException e) {
            out.add(new SourceRecord(SourceRecord.order(fileIndex, 0), null,
                    new InputError(new Origin(file, 0), "cannot read (" + e.getMessage() + "); skipped")));
        } finally {
            deleteQuietly(dir);
        }
        return out;
    }

    /** Collects in reading order; {@code rename} = {local name, name as given} puts the given name in every origin. */
    private static PaperSink sink(int fileIndex, List<SourceRecord> out, String[] rename) {
        return new PaperSink() {
            long n;

            @Override
            public void paper(Paper p) {
                Paper named = rename == null ? p : new Paper(p.id(), p.title(), p.abstractText(), p.authors(), p.date(),
                        p.modified(), p.arxivId(), p.doi(), p.categories(), origin(p.origin()));
                out.add(new SourceRecord(SourceRecord.order(fileIndex, n++), named, null));
            }

            @Override
            public void error(InputError e) {
                InputError named = rename == null ? e : new InputError(origin(e.origin()), e.message());
                out.add(new SourceRecord(SourceRecord.order(fileIndex, n++), null, named));
            }

            private Origin origin(Origin o) {
                return o.file().equals(rename[0]) ? new Origin(rename[1], o.line()) : o;
            }
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary copy left behind is not worth failing a task for
        }
    }
}
