package org.paperkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Disk use and compaction of the store folder. Kept apart from the data: it looks at TDB2's files, not at the
 * graphs, and decides when rewriting them pays.
 */
final class DiskUse {
    /**
     * Bytes a quad of paperkg's data takes in a freshly compacted store, rounded up from what was measured here: 394
     * at 125k quads, 392 at 1.16M, 370 at 10M.
     */
    private static final long COMPACTED_BYTES_PER_QUAD = 400;

    /**
     * Below this size a store is not compacted: TDB2's files take about 1 MB however few quads they hold, so the rule
     * below would rewrite a small store after every run (the 5 papers of samples/: 1.1 MB to 0.8 MB) for nothing.
     */
    private static final long MIN_COMPACTED_BYTES = 64L << 20;

    private final Path location;
    private final DatasetGraph dsg;

    DiskUse(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /**
     * Whether compacting would at least halve the store, which holds {@code quads}. TDB2 keeps every block a commit
     * replaced, and compaction rewrites the whole store (about 70k quads/s here: 2.5 minutes at 10M quads), so it
     * pays once the old blocks outweigh the live data, not after every run that left some.
     */
    boolean worthCompacting(long quads) {
        return worthCompacting(bytes(), quads);
    }

    static boolean worthCompacting(long diskBytes, long quads) {
        return diskBytes > Math.max(MIN_COMPACTED_BYTES, 2 * COMPACTED_BYTES_PER_QUAD * quads);
    }

    /**
     * Rewrites the database without the blocks old transactions left behind (TDB2 is copy-on-write, so
     * many commits grow it far beyond its data) and deletes the old generation.
     */
    void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /**
     * Bytes the store folder takes on disk. TDB2 preallocates its files sparsely, so their lengths say little:
     * this asks du(1) for the blocks in use, and falls back to the lengths where du is missing.
     */
    long bytes() {
        try {
            Process du = new ProcessBuilder("du", "-sk", location.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the file lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
