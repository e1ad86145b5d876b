package org.paperkg.spark;

import java.io.Serializable;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;

/**
 * One thing a reader gave, in the order ingest would have met it: {@code order} is the file's place among the inputs
 * (high bits) and the record's place in the file (low bits). Either a paper or an error.
 */
record SourceRecord(long order, Paper paper, InputError error) implements Serializable {
    private static final int RECORD_BITS = 40;

    static long order(int fileIndex, long recordIndex) {
        return ((long) fileIndex << RECORD_BITS) | recordIndex;
    }
}
