package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.pipeline.Ingest;
import org.paperkg.rdf.Iris;
import org.paperkg.source.InputError;
import org.paperkg.source.SourceFormat;
import org.paperkg.validate.Validator;

/** The real corpus (../shared/seeds, or -Dpaperkg.seeds) ingested into TDB2: every paper stored, shapes satisfied. */
@Tag("slow")
class SeedsStoreTest {

    @Test
    void seedsIngestValidateAndReingestUnchanged(@TempDir Path dir) throws Exception {
        java.util.Optional<Path> found = org.paperkg.Seeds.find();
        assumeTrue(found.isPresent(), "seed corpus not present");
        Path seeds = found.get();
        Extractor extractor = new Extractor();
        List<InputError> errors = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("kg"), Iris.standard())) {
            Ingest.Summary first = new Ingest(store, extractor, 2, 1000).run(List.of(seeds), SourceFormat.AUTO, errors::add, () -> {
            });
            assertEquals(List.of(), errors);
            assertEquals(634, first.read());
            assertEquals(634, first.added());
            assertEquals(List.of(), new Validator().validate(store).violations());
            long quads = store.size();
            Ingest.Summary second = new Ingest(store, extractor, 2, 1000).run(List.of(seeds), SourceFormat.AUTO, errors::add, () -> {
            });
            assertEquals(634, second.unchanged());
            assertEquals(0, second.added() + second.replaced());
            long runRecord = store.size() - quads;
            assertEquals(15, runRecord, "the second run adds its own PROV record (5 input files) and nothing else");
        }
    }
}
