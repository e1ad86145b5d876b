package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real corpus (../shared/seeds, or -Dpaperkg.seeds / $PAPERKG_SEEDS): five page dumps, 659 records.
 * 23 titles recur across files, two of them three times, so 659 records are 634 distinct papers.
 */
class SeedsCorpusTest {

    static Path seeds() {
        java.util.Optional<Path> path = org.paperkg.Seeds.find();
        assumeTrue(path.isPresent(), "seed corpus not present");
        return path.get();
    }

    @Test
    void readsEveryRecordWithoutErrorAndMergesRepeatedPapers() {
        Collected all = new Collected();
        DistinctPapers distinct = new DistinctPapers(all);
        Sources.read(List.of(seeds()), SourceFormat.AUTO, distinct);
        assertEquals(List.of(), all.errors);
        assertEquals(659, distinct.records());
        assertEquals(634, distinct.distinct());
        assertEquals(25, distinct.repeats());
        List<String> chromeLike = new ArrayList<>();
        for (Paper p : all.papers) {
            if (p.title().startsWith("Subscribe") || p.title().length() > 300 || p.abstractText().length() < 300) {
                chromeLike.add(p.origin() + " " + p.title());
            }
        }
        assertEquals(List.of(), chromeLike);
    }
}
