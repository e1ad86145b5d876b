package org.paperkg.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes dumps and query results are written with: the reused vocabularies and paperkg's own IRI spaces. */
public final class Prefixes {
    private Prefixes() {
    }

    public static PrefixMap of(Iris iris) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("pkg", PKG.NS);
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        pm.add("dcterms", "http://purl.org/dc/terms/");
        pm.add("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.add("prov", Vocab.PROV.NS);
        pm.add("oa", Vocab.OA.NS);
        pm.add("dcat", "http://www.w3.org/ns/dcat#");
        pm.add("void", Vocab.VOID.NS);
        pm.add("spdx", Vocab.VOID.SPDX);
        pm.add("schema", Vocab.BIB.SCHEMA);
        pm.add("fabio", "http://purl.org/spar/fabio/");
        pm.add("prism", "http://prismstandard.org/namespaces/basic/2.0/");
        pm.add("foaf", "http://xmlns.com/foaf/0.1/");
        pm.add("qudt", "http://qudt.org/schema/qudt/");
        pm.add("unit", "http://qudt.org/vocab/unit/");
        for (String space : new String[] {"paper", "method", "dataset", "metric", "task", "mention", "result", "pair", "graph"}) {
            pm.add(space, iris.base() + "/" + space + "/");
        }
        return pm;
    }
}
