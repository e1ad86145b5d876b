package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The code's vocabulary and the ontology agree: a term used in code but missing from the ontology fails the build. */
class OntologyTest {

    private static Model parse(String file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source("ontology/" + file).strict(true).parse(m);
        return m;
    }

    @Test
    void everyTermTheCodeUsesIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        Model ontology = parse("paperkg.ttl");
        List<String> missing = new ArrayList<>();
        int terms = 0;
        for (Field f : PKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource r)) {
                continue;
            }
            terms++;
            Resource declared = ontology.getResource(r.getURI());
            if (!ontology.contains(declared, RDF.type) || !ontology.contains(declared, RDFS.label)
                    || !ontology.contains(declared, RDFS.comment)) {
                missing.add(r.getURI());
            }
        }
        assertEquals(List.of(), missing, "terms used in code but not declared, labelled and commented in ontology/paperkg.ttl");
        assertTrue(terms >= 40, "reflection found the vocabulary: " + terms);
    }

    @Test
    void everyOntologyTermHasLabelAndComment() {
        Model ontology = parse("paperkg.ttl");
        List<String> bare = new ArrayList<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(PKG.NS)
                    && (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment))) {
                bare.add(s.getURI());
            }
        });
        assertEquals(List.of(), bare);
    }

    private static final List<String> BUILT_IN = List.of(RDF.getURI(), RDFS.getURI(), OWL.getURI(),
            "http://www.w3.org/2001/XMLSchema#");
    /** Terms OWL 2 DL reserves: no axiom may use them as a class or property expression. */
    private static final List<Resource> RESERVED = List.of(OWL.Class, RDF.Property, RDFS.Class, RDFS.Resource,
            OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype);

    private static boolean builtIn(Resource r) {
        return BUILT_IN.stream().anyMatch(ns -> r.getURI().startsWith(ns));
    }

    @Test
    void ontologyIsOwl2Dl() {
        Model ontology = parse("paperkg.ttl");
        List<String> problems = new ArrayList<>();
        List<Resource> declarations = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                OWL.NamedIndividual, OWL.Ontology, RDFS.Datatype);
        java.util.function.Predicate<Resource> declared = r -> declarations.stream().anyMatch(d -> ontology.contains(r, RDF.type, d));
        java.util.function.Predicate<Resource> annotation = p -> List.of(RDFS.label, RDFS.comment, RDFS.isDefinedBy, RDFS.seeAlso,
                OWL.versionInfo).contains(p) || ontology.contains(p, RDF.type, OWL.AnnotationProperty);
        ontology.listStatements().forEachRemaining(s -> {
            java.util.List<Resource> used = new ArrayList<>();
            if (s.getSubject().isURIResource()) {
                used.add(s.getSubject());
            }
            used.add(s.getPredicate());
            // An annotation's value may be any IRI; rdf:type's object is a class, declared or built in.
            if (s.getObject().isURIResource() && !annotation.test(s.getPredicate())) {
                used.add(s.getObject().asResource());
            }
            for (Resource r : used) {
                if (!builtIn(r) && !declared.test(r)) {
                    problems.add("undeclared: " + r.getURI());
                }
            }
            if (List.of(RDFS.range, RDFS.domain, RDFS.subClassOf, RDFS.subPropertyOf).contains(s.getPredicate())
                    && RESERVED.contains(s.getObject())) {
                problems.add("reserved vocabulary: " + s);
            }
        });
        assertEquals(List.of(), problems.stream().distinct().sorted().toList());
    }

    @Test
    void shapesAndAlignmentsParseStrictly() {
        Shapes shapes = Shapes.parse(parse("shapes.ttl").getGraph());
        assertTrue(shapes.numRootShapes() >= 10, "shapes: " + shapes.numRootShapes());
        Model alignments = parse("alignments.ttl");
        assertTrue(alignments.size() > 20);
        // Alignments stay apart: the core ontology names no other graph's terms.
        assertTrue(parse("paperkg.ttl").listObjects().toList().stream()
                .noneMatch(o -> o.isURIResource() && o.asResource().getURI().contains("linkedpaperswithcode")));
    }
}
