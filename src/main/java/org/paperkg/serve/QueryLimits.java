package org.paperkg.serve;

import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Limits of a query: checked on its text before it is parsed, since parsing runs outside the query timeout, its size
 * (413 past {@code maxBytes}) and how deep its groups nest (400 past {@link #MAX_DEPTH}; a thousand nested groups
 * overflow the parser's stack); and the rows its answer may have.
 */
final class QueryLimits {
    /** Far deeper than any query a person or the catalogue writes (theirs nest under ten deep). */
    static final int MAX_DEPTH = 100;

    private final int maxBytes;
    private final int maxResults;

    QueryLimits(int maxBytes, int maxResults) {
        this.maxBytes = maxBytes;
        this.maxResults = maxResults;
    }

    /** The most rows a SELECT answer may have. */
    int maxResults() {
        return maxResults;
    }

    /** Throws Fuseki's error for the status to answer when the query passes a limit. */
    void check(String query) {
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            ServletOps.error(413, "query of " + bytes + " bytes; this server takes at most " + maxBytes
                    + " (serve --max-query-bytes)");
        }
        int depth = depth(query);
        if (depth > MAX_DEPTH) {
            ServletOps.errorBadRequest("query nested " + depth + " deep; this server takes at most " + MAX_DEPTH);
        }
    }

    /** The deepest nesting of braces, parentheses and brackets, outside strings and comments. */
    static int depth(String q) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                while (i < q.length() && q.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{' || c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
