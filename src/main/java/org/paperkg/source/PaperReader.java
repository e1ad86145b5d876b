package org.paperkg.source;

import java.io.IOException;

/**
 * Reads one input file and pushes its papers to a sink. A bad record is reported and skipped;
 * an {@link IOException} means the rest of the file could not be read (the caller reports it).
 */
public interface PaperReader {
    void read(InputFile file, PaperSink sink) throws IOException;
}
