package org.paperkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the standard vocabularies paperkg reuses that Jena has no constants for
 * (Jena's own DCTerms, SKOS, RDFS, OWL, XSD and DCAT classes are used for the rest).
 */
public final class Vocab {
    private Vocab() {
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }

    /** PROV-O. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Entity = r(NS + "Entity");
        public static final Resource Activity = r(NS + "Activity");
        public static final Resource SoftwareAgent = r(NS + "SoftwareAgent");
        public static final Property wasAttributedTo = p(NS + "wasAttributedTo");
        public static final Property wasAssociatedWith = p(NS + "wasAssociatedWith");
        public static final Property startedAtTime = p(NS + "startedAtTime");
        public static final Property endedAtTime = p(NS + "endedAtTime");
        public static final Property used = p(NS + "used");
        public static final Property generated = p(NS + "generated");
        public static final Property wasGeneratedBy = p(NS + "wasGeneratedBy");

        private PROV() {
        }
    }

    /** W3C Web Annotation. */
    public static final class OA {
        public static final String NS = "http://www.w3.org/ns/oa#";
        public static final Resource Annotation = r(NS + "Annotation");
        public static final Resource SpecificResource = r(NS + "SpecificResource");
        public static final Resource TextPositionSelector = r(NS + "TextPositionSelector");
        public static final Resource TextQuoteSelector = r(NS + "TextQuoteSelector");
        public static final Resource identifying = r(NS + "identifying");
        public static final Property motivatedBy = p(NS + "motivatedBy");
        public static final Property hasBody = p(NS + "hasBody");
        public static final Property hasTarget = p(NS + "hasTarget");
        public static final Property hasSource = p(NS + "hasSource");
        public static final Property hasSelector = p(NS + "hasSelector");
        public static final Property start = p(NS + "start");
        public static final Property end = p(NS + "end");
        public static final Property exact = p(NS + "exact");
        public static final Property prefix = p(NS + "prefix");
        public static final Property suffix = p(NS + "suffix");

        private OA() {
        }
    }

    /** FaBiO, PRISM, schema.org (https form, the one scheme paperkg uses), FOAF. */
    public static final class BIB {
        public static final Property hasArXivId = p("http://purl.org/spar/fabio/hasArXivId");
        public static final Property doi = p("http://prismstandard.org/namespaces/basic/2.0/doi");
        public static final String SCHEMA = "https://schema.org/";
        public static final Property codeRepository = p(SCHEMA + "codeRepository");
        public static final Resource Person = r("http://xmlns.com/foaf/0.1/Person");
        public static final Property name = p("http://xmlns.com/foaf/0.1/name");

        private BIB() {
        }
    }

    /** QUDT units. */
    public static final class QUDT {
        public static final Property unit = p("http://qudt.org/schema/qudt/unit");
        public static final Resource PERCENT = r("http://qudt.org/vocab/unit/PERCENT");
        public static final Resource UNITLESS = r("http://qudt.org/vocab/unit/UNITLESS");
        public static final Resource MilliSEC = r("http://qudt.org/vocab/unit/MilliSEC");

        private QUDT() {
        }
    }

    /** VoID and SPDX checksums, for dump descriptions. */
    public static final class VOID {
        public static final String NS = "http://rdfs.org/ns/void#";
        public static final Resource Dataset = r(NS + "Dataset");
        public static final Property triples = p(NS + "triples");
        public static final Property entities = p(NS + "entities");
        public static final Property classes = p(NS + "classes");
        public static final Property properties = p(NS + "properties");
        public static final Property distinctSubjects = p(NS + "distinctSubjects");
        public static final Property classPartition = p(NS + "classPartition");
        public static final Property clazz = p(NS + "class");
        public static final Property vocabulary = p(NS + "vocabulary");
        public static final Property uriSpace = p(NS + "uriSpace");
        public static final Property exampleResource = p(NS + "exampleResource");
        public static final Property dataDump = p(NS + "dataDump");
        public static final Property sparqlEndpoint = p(NS + "sparqlEndpoint");
        public static final Resource Linkset = r(NS + "Linkset");
        public static final Property subset = p(NS + "subset");
        public static final Property subjectsTarget = p(NS + "subjectsTarget");
        public static final Property objectsTarget = p(NS + "objectsTarget");
        public static final Property linkPredicate = p(NS + "linkPredicate");
        public static final String SPDX = "http://spdx.org/rdf/terms#";
        public static final Property checksum = p(SPDX + "checksum");
        public static final Property algorithm = p(SPDX + "algorithm");
        public static final Property checksumValue = p(SPDX + "checksumValue");
        public static final Resource sha256 = r(SPDX + "checksumAlgorithm_sha256");

        private VOID() {
        }
    }
}
