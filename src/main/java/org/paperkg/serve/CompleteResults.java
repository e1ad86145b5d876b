package org.paperkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL query service with every answer complete before its first byte is sent. Fuseki otherwise streams SELECT
 * rows as they come, so a timeout that fires mid-stream ends a response that already said 200 with a truncated body;
 * and it writes CONSTRUCT and DESCRIBE answers after the timeout, for as long as the writer takes. Here SELECT rows are
 * collected whole, CONSTRUCT and DESCRIBE answers are written whole into memory by the query's deadline
 * ({@link RdfAnswer}), and a timeout is answered as the error it is (503 "Query timed out"). Before that, a query too
 * large or too deeply nested is refused ({@link QueryLimits}), and so is an answer that would pass
 * {@code --max-results} rows or triples ({@link CappedAnswer}): a cross product then stops there instead of filling
 * the heap.
 */
final class CompleteResults extends SPARQL_QueryDataset {
    /** Request attribute: when the query's time is up, as a {@link System#nanoTime()}. */
    private static final String DEADLINE = "paperkg.deadline";
    /** No timeout: a deadline that does not come, yet leaves nanoTime arithmetic clear of overflow. */
    private static final long NO_DEADLINE = Long.MAX_VALUE / 4;

    private final QueryLimits limits;
    private final long timeoutNanos;
    private final RdfAnswer rdfAnswer;

    /** {@code timeoutMillis} as the dataset's query timeout, 0 or less for none; {@code writers} answers written at once. */
    CompleteResults(QueryLimits limits, long timeoutMillis, int writers) {
        this.limits = limits;
        this.timeoutNanos = timeoutMillis > 0 ? timeoutMillis * 1_000_000L : NO_DEADLINE;
        this.rdfAnswer = new RdfAnswer(writers);
    }

    /** The query's size and nesting are checked before Fuseki parses it. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        limits.check(queryString);
        super.execute(queryString, action);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        // Jena's overall timeout counts from about here; the answer must be written by then too.
        action.getRequest().setAttribute(DEADLINE, System.nanoTime() + timeoutNanos);
        if (query.isConstructType()) {
            return new QueryExecResult(queryExec.constructDataset(CappedAnswer.dataset(limits.maxResults())));
        }
        if (query.isDescribeType()) {
            return new QueryExecResult(queryExec.describe(CappedAnswer.graph(limits.maxResults())));
        }
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

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
        if (result.isDataset() || result.isGraph()) {
            DatasetGraph answer = result.isDataset() ? result.dataset() : DatasetGraphFactory.wrap(result.graph());
            rdfAnswer.send(action, answer, (Long) action.getRequest().getAttribute(DEADLINE));
            return;
        }
        super.sendResults(action, result, qPrologue);
    }
}
