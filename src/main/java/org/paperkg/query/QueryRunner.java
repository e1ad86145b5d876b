package org.paperkg.query;

import java.io.OutputStream;
import java.util.HashMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;

/**
 * Runs a catalogue query on a dataset: parameters bound by replacing their variables with the values given
 * (or the defaults), so the query text sent anywhere else is the same as the one run here.
 */
public final class QueryRunner {
    /** How results are written: a table for people, CSV, TSV or JSON for programs; graphs as Turtle (table) or N-Triples. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {
    }

    /** The query with its parameters bound: values given win over the file's defaults; unknown names are an error. */
    public static Query bind(Catalogue.NamedQuery q, Map<String, String> params) {
        for (String key : params.keySet()) {
            if (!q.defaults().containsKey(key)) {
                throw new IllegalArgumentException("query " + q.name() + " has no parameter \"" + key + "\""
                        + (q.defaults().isEmpty() ? " (it takes none)" : "; it takes: " + q.defaults().keySet()));
            }
        }
        Map<String, String> values = new HashMap<>(q.defaults());
        values.putAll(params);
        Query query = QueryFactory.create(q.text());
        if (values.isEmpty()) {
            return query;
        }
        Map<Var, Node> substitution = new HashMap<>();
        values.forEach((k, v) -> substitution.put(Var.alloc(k), v.startsWith("<") && v.endsWith(">")
                ? NodeFactory.createURI(v.substring(1, v.length() - 1)) : NodeFactory.createLiteralString(v)));
        return QueryTransformOps.transform(query, substitution);
    }

    public static void run(DatasetGraph dsg, Query query, Format format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(out, rs, query);
                        case CSV -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_CSV);
                        case TSV -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_TSV);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    ResultSetFormatter.out(out, b);
                } else if (format == Format.TABLE || !query.isConstructType()) {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(out, m, format == Format.TABLE ? RDFFormat.TURTLE_PRETTY : RDFFormat.NTRIPLES);
                } else {
                    // CONSTRUCT answers stream as N-Triples as they are made, in constant memory whatever their size
                    // (the exports are hundreds of thousands of triples). A triple that two solutions make is written
                    // twice, which is still the same graph; the catalogue's exports make each triple once.
                    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                    writer.start();
                    qe.execConstructTriples().forEachRemaining(writer::triple);
                    writer.finish();
                }
            }
        });
    }
}
