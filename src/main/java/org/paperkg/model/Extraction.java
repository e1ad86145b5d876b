package org.paperkg.model;

import java.util.List;

/** What the extract stage found in one paper. */
public record Extraction(List<Mention> mentions, List<ResultClaim> results, List<String> codeUrls) {
    public Extraction {
        mentions = List.copyOf(mentions);
        results = List.copyOf(results);
        codeUrls = List.copyOf(codeUrls);
    }
}
