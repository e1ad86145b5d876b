package org.paperkg.serve;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An allow-list of http(s) IRI prefixes, for what the server may fetch (SERVICE, LOAD). An IRI passes when it is
 * http(s), starts with an allowed prefix, and its path has no "." or ".." step, written plainly or percent-encoded
 * ("/ok/%2e%2e/evil" would climb out of "/ok/" at the other end).
 */
final class IriPrefixes {
    private IriPrefixes() {
    }

    static boolean allows(String iri, List<String> prefixes) {
        String scheme = iri.contains(":") ? iri.substring(0, iri.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String path;
        try {
            path = "/" + URI.create(iri).getPath() + "/";   // decoded: %2e%2e is ".." here
        } catch (IllegalArgumentException e) {
            return false;
        }
        return !path.contains("/../") && !path.contains("/./") && prefixes.stream().anyMatch(iri::startsWith);
    }
}
