package org.paperkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL query service with one change: SELECT results are computed whole before the first byte is sent.
 * Fuseki otherwise streams rows as they come, so a timeout that fires mid-stream ends a response that already
 * said 200 with a truncated body. Here a timeout can only fire before the response starts, and is answered as
 * the error it is (503 "Query timed out"). CONSTRUCT and DESCRIBE are built whole by Fuseki already. Before that, a
 * query too large or too deeply nested is refused ({@link QueryLimits}), and so is a SELECT whose answer would pass
 * {@code --max-results} rows: a cross product then stops there instead of filling the heap.
 */
final class CompleteResults extends SPARQL_QueryDataset {
    private final QueryLimits limits;

    CompleteResults(QueryLimits limits) {
        this.limits = limits;
    }

    /** The query's size and nesting are checked before Fuseki parses it. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        limits.check(queryString);
        super.execute(queryString, action);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, query, queryStringLog);
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            List<Binding> all = new ArrayList<>();
            while (rows.hasNext()) {
                if (all.size() == limits.maxResults()) {
                    queryExec.abort();
                    ServletOps.errorBadRequest("the answer has more than " + limits.maxResults()
                            + " rows: add a LIMIT, or page with LIMIT and OFFSET (serve --max-results)");
                }
                all.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
        }
        return result;
    }
}
