package org.paperkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.paperkg.dump.DumpDescription;
import org.paperkg.dump.DumpFormat;
import org.paperkg.rdf.Iris;

/**
 * What describes the parts: {@code paperkg.void.ttl}, the dataset with each part as a DCAT distribution and
 * void:dataDump (size, SHA-256), as {@code dump} describes its one file; and {@code SHA256SUMS}, which
 * {@code sha256sum -c} checks.
 */
final class Description {
    static final String VOID_FILE = "paperkg.void.ttl";
    static final String SUMS_FILE = "SHA256SUMS";

    private Description() {
    }

    static void write(Configuration hadoop, String dir, Iris iris, GraphJob.Summary s) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        Resource dataset = DumpDescription.dataset(m, iris, s.statements());
        StringBuilder sums = new StringBuilder();
        for (PartWriter.Part p : s.parts()) {
            DumpDescription.distribution(dataset, p.fileName(), DumpFormat.NQ, p.bytes(), p.sha256(), true);
            sums.append(p.sha256()).append("  ").append(p.fileName()).append('\n');
        }
        try (OutputStream o = SparkMain.create(hadoop, dir, VOID_FILE)) {
            RDFDataMgr.write(o, m, RDFFormat.TURTLE_PRETTY);
        }
        try (OutputStream o = SparkMain.create(hadoop, dir, SUMS_FILE)) {
            o.write(sums.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
