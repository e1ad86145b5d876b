package org.paperkg.serve;

import java.util.Set;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a query POST whose declared length no query within {@code --max-query-bytes} can have, with 413, before it
 * takes a turn or its body is parsed. The query service refuses it too, but only once the body is read whole:
 * a client sending 10 MB while its request waited for a turn was cut off, with no answer, when the wait ended. A body
 * may be form-encoded, which triples a byte at most, so the declared length is allowed three times the limit; bodies
 * of unknown length are left to the query service's own check.
 */
final class OversizedQueries extends Handler.Wrapper {
    private static final Set<String> QUERY_PATHS = Set.of(Server.DATASET, Server.DATASET + "/sparql", Server.DATASET + "/query");

    /** Bodies up to this size are read (and dropped) before the 413; past it the connection is closed at once. */
    private static final long DRAINED_BYTES = 64L * 1024 * 1024;

    private final long maxBodyBytes;

    OversizedQueries(Handler next, int maxQueryBytes) {
        super(next);
        this.maxBodyBytes = 3L * maxQueryBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length > maxBodyBytes && QUERY_PATHS.contains(Request.getPathInContext(request))) {
            String reason = "a request of " + length + " bytes; this server takes queries of at most " + maxBodyBytes / 3
                    + " bytes (serve --max-query-bytes)";
            if (length > DRAINED_BYTES) {
                Response.writeError(request, response, callback, 413, reason);
                return true;
            }
            // Read and dropped, unparsed, before the answer: a connection closed on unread bytes is reset, and the
            // reset can overtake the 413 (the client then sees the connection drop with no answer).
            Content.Source.consumeAll(request, Callback.from(() -> Response.writeError(request, response, callback, 413, reason),
                    callback::failed));
            return true;
        }
        return super.handle(request, response, callback);
    }
}
