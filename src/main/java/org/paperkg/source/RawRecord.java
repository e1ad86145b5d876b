package org.paperkg.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of one structured record (JSON line, CSV row, OAI-PMH record) before validation.
 * {@link #toPaper} is the one place where records become papers, so every format normalises alike.
 */
final class RawRecord {
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");

    String id;
    String title;
    String abstractText;
    final List<String> authors = new ArrayList<>();
    String date;
    String modified;
    String arxivId;
    String doi;
    final List<String> categories = new ArrayList<>();

    /** Authors written as one string, as arXiv does: "A. One, B. Two and C. Three". */
    void authorsFromString(String s) {
        for (String a : AUTHOR_SEPARATORS.split(TextNorm.collapse(s))) {
            if (!a.isBlank()) {
                authors.add(TextNorm.cleanTitle(a));
            }
        }
    }

    /** Categories written as one space-separated string, as arXiv does: "cs.CL cs.LG". */
    void categoriesFromString(String s) {
        Arrays.stream(TextNorm.collapse(s).split(" ")).filter(c -> !c.isEmpty()).forEach(categories::add);
    }

    /** The paper, or an error naming what is missing; {@code arxivSource} when the id field is an arXiv id. */
    void toPaper(Origin origin, PaperSink sink) {
        String cleanTitle = TextNorm.cleanTitle(title);
        String cleanAbstract = TextNorm.collapse(abstractText);
        if (cleanTitle == null || cleanTitle.isEmpty()) {
            sink.error(new InputError(origin, "record has no title; skipped"));
            return;
        }
        if (cleanAbstract == null || cleanAbstract.isEmpty()) {
            sink.error(new InputError(origin, "record \"" + shorten(cleanTitle) + "\" has no abstract; skipped"));
            return;
        }
        String arxiv = PaperIds.arxivId(arxivId);
        if (arxiv == null) {
            arxiv = PaperIds.arxivId(id);
        }
        String bareDoi = PaperIds.doi(doi);
        String paperId = PaperIds.of(id, arxiv, bareDoi, cleanTitle);
        sink.paper(new Paper(paperId, cleanTitle, cleanAbstract, authors, blankToNull(date), blankToNull(modified), arxiv,
                bareDoi, categories, origin));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
