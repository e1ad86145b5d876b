package org.paperkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Iris;
import org.paperkg.source.SourceFormat;
import org.paperkg.store.Store;

/** What serve --ingest relies on to show new papers early: a first commit of its own, and models asked for late. */
class IngestFirstCommitTest {
    @TempDir
    Path dir;

    @Test
    void theFirstPapersAreCommittedOnTheirOwnThenWholeBatches() throws Exception {
        Extractor extractor = new Extractor();
        AtomicInteger asked = new AtomicInteger();
        List<Long> commits = new CopyOnWriteArrayList<>();
        try (Store store = Store.open(dir.resolve("kg"), Iris.standard())) {
            Ingest.Summary s = new Ingest(store, () -> {
                asked.incrementAndGet();
                return extractor;
            }, 2, 100).firstCommitAfter(1).onCommit(commits::add).run(List.of(Path.of("samples")), SourceFormat.AUTO, e -> {
            }, () -> {
            });
            assertEquals(5, s.added());
            assertEquals(List.of(1L, 5L), commits, "one paper, then the rest of the input in the batch that closes the run");
            assertEquals(1, asked.get(), "the models are asked for once");
            // Again on the filled store: the known names are read before the models are asked for; nothing new is stored.
            commits.clear();
            Ingest.Summary again = new Ingest(store, () -> {
                asked.incrementAndGet();
                return extractor;
            }, 2, 100).firstCommitAfter(1).onCommit(commits::add).run(List.of(Path.of("samples")), SourceFormat.AUTO, e -> {
            }, () -> {
            });
            assertEquals(5, again.unchanged());
            assertEquals(2, asked.get());
        }
    }
}
