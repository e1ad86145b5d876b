package org.paperkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the tests find the real corpus: -Dpaperkg.seeds, else $PAPERKG_SEEDS, else ../shared/seeds. */
public final class Seeds {
    private Seeds() {
    }

    /** The corpus folder, when it is there. */
    public static Optional<Path> find() {
        String p = System.getProperty("paperkg.seeds", System.getenv("PAPERKG_SEEDS"));
        Path path = Path.of(p == null ? "../shared/seeds" : p);
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }
}
