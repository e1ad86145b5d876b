package org.paperkg.rdf;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links are code repositories: an owner/repo on a code host. schema:codeRepository says "this is the code", so
 * an organisation's page (github.com/openai), a Hugging Face dataset or a project site is only a link (rdfs:seeAlso).
 */
final class CodeLinks {
    /** Hosts whose first two path segments are owner and repository. Hugging Face hosts models and datasets, not code. */
    private static final Pattern REPO = Pattern.compile(
            "^(https?://(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org|codeberg\\.org|gitee\\.com))"
                    + "/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?(/.*)?$", Pattern.CASE_INSENSITIVE);

    /** First path segments that are pages of the host, not owners (github.com/orgs/x, github.com/topics/x). */
    private static final Set<String> NOT_OWNERS = Set.of("orgs", "organizations", "topics", "features", "sponsors",
            "marketplace", "apps", "collections", "settings", "about", "pricing", "login", "search", "explore", "users",
            "groups", "dashboard", "help", "site", "trending", "enterprise", "events", "resources");

    private CodeLinks() {
    }

    /**
     * The repository a link points into, as https://host/owner/repo (the link itself when it names just the repository),
     * or null when it points at no repository.
     */
    static String repository(String iri) {
        String noQuery = iri.replaceFirst("[?#].*$", "");
        Matcher m = REPO.matcher(noQuery);
        if (!m.matches() || NOT_OWNERS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String rest = m.group(4);
        if (rest != null && !rest.equals("/")) {
            // A path inside the repository (tree/…, blob/…, GitLab's -/…) is the repository's; a GitLab subgroup is not
            // told apart from a folder, so only GitLab's '/-/' marks one there.
            boolean gitlab = m.group(1).toLowerCase(Locale.ROOT).contains("gitlab");
            if (gitlab && !rest.startsWith("/-/")) {
                return null;
            }
        }
        String repo = m.group(1) + "/" + m.group(2) + "/" + m.group(3);
        return repo.equals(noQuery) ? iri : repo;
    }
}
