package org.paperkg.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * Writes one partition of the sorted lines as a gzip N-Quads part, {@code part-NNNNN.nq.gz}. Range partitioning put
 * equal lines in one partition, next to each other, so dropping repeats here leaves no duplicate across parts. The
 * part is written under a name of its own task attempt and renamed when whole: a retried or speculative task never
 * leaves half a part under the final name.
 */
final class PartWriter {
    /** A written part: its file name, statements, bytes and the SHA-256 of its bytes. */
    record Part(int index, String fileName, long statements, long bytes, String sha256) implements Serializable {
    }

    private PartWriter() {
    }

    static String fileName(int index) {
        return String.format("part-%05d.nq.gz", index);
    }

    static Iterator<Part> write(String outDir, int index, Iterator<String> sortedLines) throws IOException {
        Path dir = new Path(outDir);
        FileSystem fs = dir.getFileSystem(new Configuration());
        fs.setWriteChecksum(false);
        String name = fileName(index);
        Path tmp = new Path(dir, "." + name + ".attempt-" + TaskContext.get().taskAttemptId());
        org.paperkg.dump.HashingStream counting;
        long statements = 0;
        try (OutputStream raw = fs.create(tmp, true)) {
            counting = new org.paperkg.dump.HashingStream(raw, false);   // raw is closed by its try
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(counting, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16)) {
                String last = null;
                while (sortedLines.hasNext()) {
                    String line = sortedLines.next();
                    if (!line.equals(last)) {
                        w.write(line);
                        w.write('\n');
                        statements++;
                        last = line;
                    }
                }
            }
        }
        Path target = new Path(dir, name);
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
        return java.util.List.of(new Part(index, name, statements, counting.bytes(), counting.sha256()))
                .iterator();
    }
}
