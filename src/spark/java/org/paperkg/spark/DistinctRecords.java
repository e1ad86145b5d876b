package org.paperkg.spark;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.source.DistinctPapers;
import org.paperkg.source.InputError;
import scala.Tuple2;

/**
 * {@link DistinctPapers} as a reduction by paper id: of the records with one id the first in input order is the
 * paper; a later one saying the same is a repeat, dropped; one saying something else is the error ingest reports.
 */
final class DistinctRecords {
    private DistinctRecords() {
    }

    /** The records of one id, in any order, as the paper kept (first) and the errors for the others. */
    static List<SourceRecord> settle(Iterable<SourceRecord> sameId) {
        List<SourceRecord> all = new ArrayList<>();
        sameId.forEach(all::add);
        all.sort(java.util.Comparator.comparingLong(SourceRecord::order));
        SourceRecord first = all.get(0);
        List<SourceRecord> out = new ArrayList<>();
        out.add(first);
        int hash = DistinctPapers.contentHash(first.paper());
        for (SourceRecord r : all.subList(1, all.size())) {
            if (DistinctPapers.contentHash(r.paper()) != hash) {
                InputError e = DistinctPapers.readBefore(r.paper(), first.paper().origin());
                out.add(new SourceRecord(r.order(), null, e));
            }
        }
        return out;
    }

    static Tuple2<String, SourceRecord> byId(SourceRecord r) {
        return new Tuple2<>(r.paper().id(), r);
    }
}
