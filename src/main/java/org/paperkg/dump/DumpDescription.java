package org.paperkg.dump;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.Software;
import org.paperkg.rdf.Vocab.VOID;
import org.paperkg.store.Store;

/**
 * The VoID + DCAT description of the dataset: how many statements, which classes with how many instances, which
 * vocabularies, example resources, the licence as an IRI, and its linksets. For a dump it is written beside the
 * file ({@code FILE.void.ttl}), with the file as a DCAT distribution: its size, media type and SHA-256. It is never
 * stored: a dump reads the store and changes nothing, and no file can carry its own checksum.
 */
public final class DumpDescription {
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private DumpDescription() {
    }

    /** The dataset all dumps of this store are distributions of. */
    public static String datasetIri(Iris iris) {
        return iris.base() + "/dataset";
    }

    /**
     * The description of a dump, or of the store as it is when {@code dump} is null (served by the endpoint). The
     * distribution is named by the dump's file name, a relative IRI: read beside the file, it resolves to the file
     * itself, wherever the two are published. Call it in the read transaction that wrote the dump, so that both see
     * the same data.
     */
    public static Model of(Store store, Dump.Result dump) {
        Iris iris = store.iris();
        Model m = ModelFactory.createDefaultModel();
        Resource dataset = dataset(m, iris, dump == null ? store.size() : dump.statements());
        store.read(dsg -> {
            for (String ns : vocabularies(dsg)) {
                dataset.addProperty(VOID.vocabulary, m.createResource(ns));
            }
            org.apache.jena.riot.system.PrefixMap prefixes = org.paperkg.rdf.Prefixes.of(iris);
            for (String[] row : select(dsg, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")) {
                // Partitions are named by the class's prefixed name (oa:TextQuoteSelector → class/oa-TextQuoteSelector).
                String abbreviated = prefixes.abbreviate(row[0]);
                String name = abbreviated != null ? abbreviated.replace(':', '-')
                        : Integer.toHexString(row[0].hashCode());
                dataset.addProperty(VOID.classPartition, m.createResource(datasetIri(iris) + "/class/" + name)
                        .addProperty(VOID.clazz, m.createResource(row[0]))
                        .addLiteral(VOID.entities, m.createTypedLiteral(row[1], XSDDatatype.XSDinteger)));
            }
            for (String cls : new String[] {PKG.Paper.getURI(), PKG.Method.getURI(), PKG.Dataset.getURI()}) {
                for (String[] row : select(dsg, "SELECT ?s WHERE { ?s a <" + cls + "> } ORDER BY ?s LIMIT 1")) {
                    dataset.addProperty(VOID.exampleResource, m.createResource(row[0]));
                }
            }
            // The linksets, as the link stage keeps them described in the meta graph (sizes recounted on each change).
            Node ours = dataset.asNode();
            Node meta = store.metaGraph();
            dsg.find(meta, ours, VOID.subset.asNode(), Node.ANY).forEachRemaining(q -> {
                m.getGraph().add(q.asTriple());
                dsg.find(meta, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(d -> m.getGraph().add(d.asTriple()));
            });
            return null;
        });
        if (dump == null || dump.file() == null) {
            return m;
        }
        distribution(dataset, dump.fileName(), dump.format(), dump.bytes(), dump.sha256(), dump.gzip());
        return m;
    }

    /**
     * The dataset's own description (title, licence, version, size in statements, IRI space) in {@code m}, with
     * paperkg's prefixes: what every description of a dump of it starts with.
     */
    public static Resource dataset(Model m, Iris iris, long statements) {
        org.paperkg.rdf.Prefixes.of(iris).forEach(m::setNsPrefix);
        return m.createResource(datasetIri(iris))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "paperkg knowledge graph of machine-learning papers")
                .addProperty(DCTerms.description, "Papers, the methods, datasets, metrics and tasks their abstracts mention, "
                        + "the results they report, and the evidence for each, extracted by " + Software.LABEL + ".")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(DCAT.NS + "version"), Software.VERSION)
                .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(statements), XSDDatatype.XSDinteger))
                .addProperty(VOID.uriSpace, iris.base() + "/");
    }

    /**
     * A file of the dump as a DCAT distribution of the dataset and a void:dataDump: its size, media type and SHA-256.
     * The distribution is named by the file name, a relative IRI: read beside the file, it resolves to the file itself.
     */
    public static void distribution(Resource dataset, String fileName, DumpFormat format, long bytes, String sha256, boolean gzip) {
        Model m = dataset.getModel();
        // The file name percent-encoded, so that no name reads as an absolute IRI or a fragment.
        String file = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        Resource distribution = m.createResource(file)
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, fileName)
                .addProperty(DCAT.downloadURL, m.createResource(file))
                .addProperty(DCAT.mediaType, m.createResource(format.mediaTypeIri()))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(bytes), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(VOID.checksum, m.createResource(file + "#sha256")
                        .addProperty(RDF.type, m.createResource(VOID.SPDX + "Checksum"))
                        .addProperty(VOID.algorithm, VOID.sha256)
                        .addLiteral(VOID.checksumValue, m.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary)));
        if (gzip) {
            distribution.addProperty(DCAT.compressFormat, m.createResource("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        dataset.addProperty(DCAT.distribution, distribution);
        dataset.addProperty(VOID.dataDump, m.createResource(file));
    }

    /** Namespaces of every predicate and class in the store, each a valid IRI. */
    private static TreeSet<String> vocabularies(DatasetGraph dsg) {
        TreeSet<String> out = new TreeSet<>();
        for (String[] row : select(dsg, "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }")) {
            String iri = row[0];
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            if (cut > 0 && !iri.startsWith("https://www.iana.org/")) {
                out.add(iri.substring(0, cut + 1));
            }
        }
        return out;
    }

    private static List<String[]> select(DatasetGraph dsg, String sparql) {
        List<String[]> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(sparql).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String[] row = new String[vars.size()];
                for (int i = 0; i < row.length; i++) {
                    var n = s.get(vars.get(i));
                    row[i] = n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
                }
                if (row[0] != null) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
