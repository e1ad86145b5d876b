package org.paperkg.dump;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts lines and drops duplicates with bounded memory: runs of lines are sorted and spilled to temporary
 * files, then merged. Lines compare by UTF-16 code units, which for N-Triples and N-Quads (IRIs and
 * escaped literals) is a stable, documented order that diffs well.
 */
final class SortedLines implements AutoCloseable {
    private static final int RUN_LINES = 200_000;

    private final Path tmpDir;
    private final List<Path> runs = new ArrayList<>();
    private final List<String> buffer = new ArrayList<>();

    SortedLines(Path tmpDir) {
        this.tmpDir = tmpDir;
    }

    void add(String line) {
        buffer.add(line);
        if (buffer.size() >= RUN_LINES) {
            spill();
        }
    }

    /** Writes the sorted, distinct lines (each followed by a newline) and returns how many there were. */
    long writeTo(Writer out) throws IOException {
        if (runs.isEmpty()) {
            Collections.sort(buffer);
            long n = 0;
            String last = null;
            for (String l : buffer) {
                if (!l.equals(last)) {
                    out.write(l);
                    out.write('\n');
                    n++;
                    last = l;
                }
            }
            return n;
        }
        spill();
        return merge(out);
    }

    private void spill() {
        if (buffer.isEmpty()) {
            return;
        }
        Collections.sort(buffer);
        try {
            Path run = Files.createTempFile(tmpDir, "paperkg-sort-", ".run");
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (String l : buffer) {
                    w.write(l);
                    w.write('\n');
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run in " + tmpDir, e);
        }
        buffer.clear();
    }

    private record Head(String line, BufferedReader reader) {
    }

    private long merge(Writer out) throws IOException {
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(r);
                String first = r.readLine();
                if (first != null) {
                    heads.add(new Head(first, r));
                }
            }
            long n = 0;
            String last = null;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (!h.line().equals(last)) {
                    out.write(h.line());
                    out.write('\n');
                    n++;
                    last = h.line();
                }
                String next = h.reader().readLine();
                if (next != null) {
                    heads.add(new Head(next, h.reader()));
                }
            }
            return n;
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
    }

    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing a finished dump for
            }
        }
    }
}
