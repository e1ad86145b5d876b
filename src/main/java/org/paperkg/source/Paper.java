package org.paperkg.source;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from an input file: what the later stages need, nothing more.
 * {@code id} is the paper's identity across inputs (see {@link PaperIds}); {@code origin} says where it was read.
 * {@code date} is when it was issued, {@code modified} when its last version was (the arXiv snapshot's update_date).
 */
public record Paper(String id, String title, String abstractText, List<String> authors, String date, String modified,
                    String arxivId, String doi, List<String> categories, Origin origin)
        implements java.io.Serializable {

    /** A paper with no date of modification. */
    public Paper(String id, String title, String abstractText, List<String> authors, String date,
                 String arxivId, String doi, List<String> categories, Origin origin) {
        this(id, title, abstractText, authors, date, null, arxivId, doi, categories, origin);
    }

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(origin, "origin");
    }

    /** Title and abstract decide whether two records with one id say the same thing. */
    public boolean sameContent(Paper other) {
        return title.equals(other.title) && abstractText.equals(other.abstractText);
    }
}
