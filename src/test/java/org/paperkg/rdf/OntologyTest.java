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
