package org.paperkg.source;

import java.util.HashMap;
import java.util.Map;

/**
 * Passes each paper on once: a record whose id was read before is dropped when it says the same thing
 * (the seeds list 23 papers in several files), and reported as an error when it says something else.
 */
public final class DistinctPapers implements PaperSink {
    private record Seen(Origin origin, int contentHash) {
    }

    private final PaperSink next;
    private final Map<String, Seen> seen = new HashMap<>();
    private long records;
    private long repeats;

    public DistinctPapers(PaperSink next) {
        this.next = next;
    }

    @Override
    public void paper(Paper paper) {
        records++;
        int hash = contentHash(paper);
        Seen first = seen.putIfAbsent(paper.id(), new Seen(paper.origin(), hash));
        if (first == null) {
            next.paper(paper);
        } else if (first.contentHash() == hash) {
            repeats++;
        } else {
            next.error(readBefore(paper, first.origin()));
        }
    }

    /** What tells two records with one id apart: a record saying the same as the first is a repeat, else an error. */
    public static int contentHash(Paper paper) {
        return (paper.title() + '\n' + paper.abstractText()).hashCode();
    }

    /** The error for a record whose id was first read at {@code first} with another title or abstract. */
    public static InputError readBefore(Paper paper, Origin first) {
        return new InputError(paper.origin(), "paper id \"" + paper.id() + "\" was read before at "
                + first + " with another title or abstract; this record skipped");
    }

    @Override
    public void error(InputError error) {
        next.error(error);
    }

    /** Records read well, repeats included. */
    public long records() {
        return records;
    }

    /** Distinct papers passed on. */
    public long distinct() {
        return seen.size();
    }

    /** Records dropped because the same paper was read before. */
    public long repeats() {
        return repeats;
    }
}
