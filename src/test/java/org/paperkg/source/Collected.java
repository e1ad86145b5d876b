package org.paperkg.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
public final class Collected implements PaperSink {
    public final List<Paper> papers = new ArrayList<>();
    public final List<InputError> errors = new ArrayList<>();

    @Override
    public void paper(Paper paper) {
        papers.add(paper);
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    public static Collected read(SourceFormat format, Path... paths) {
        Collected c = new Collected();
        Sources.read(List.of(paths), format, c);
        return c;
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/inputs", name);
    }

    List<String> titles() {
        return papers.stream().map(Paper::title).toList();
    }

    List<String> errorTexts() {
        return errors.stream().map(InputError::toString).toList();
    }
}
