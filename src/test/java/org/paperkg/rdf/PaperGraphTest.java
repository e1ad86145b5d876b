package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.model.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Vocab.OA;
import org.paperkg.rdf.Vocab.QUDT;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.Origin;
import org.paperkg.source.Paper;

class PaperGraphTest {
    private static Extractor extractor;
    private static final Iris IRIS = Iris.standard();

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    private static Model graph(Paper p) {
        Extraction x = extractor.extract(p.title(), p.abstractText());
        return new PaperGraph(IRIS).build(p, new Resolver().resolve(x), x);
    }

    private static Paper paper(String id, String title, String text) {
        return new Paper(id, title, text, List.of("Ada Lovelace"), "2025-01-02", "2501.00002", "10.1234/x.y", List.of("cs.LG"),
                new Origin("test", 1));
    }

    @Test
    void sameInputGivesTheSameTriplesAndNoBlankNodes() {
        Paper p = paper("2501.00002", "KiteNet: Sparse Kernels", "We propose KiteNet. On ImageNet-1K, KiteNet reaches "
                + "81.2% top-1 accuracy. Code: https://github.com/example-lab/kitenet.");
        Model a = graph(p);
        Model b = graph(p);
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(a.listStatements().toSet(), b.listStatements().toSet(), "identical triples, not only isomorphic");
        assertFalse(a.listStatements().toList().stream().anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()));
        Resource paper = a.getResource(IRIS.paper("2501.00002"));
        assertTrue(a.contains(paper, PKG.proposesMethod, a.getResource(IRIS.entity(org.paperkg.model.EntityType.METHOD, "kitenet"))));
        assertTrue(a.contains(paper, PKG.usesDataset, a.getResource(IRIS.entity(org.paperkg.model.EntityType.DATASET, "imagenet-1k"))));
        assertTrue(a.contains(paper, Vocab.BIB.codeRepository, a.getResource("https://github.com/example-lab/kitenet")));
        assertTrue(a.contains(paper, org.apache.jena.vocabulary.RDFS.seeAlso, a.getResource("https://arxiv.org/abs/2501.00002")));
        assertTrue(a.contains(paper, org.apache.jena.vocabulary.RDFS.seeAlso, a.getResource("https://doi.org/10.1234/x.y")));
        List<Resource> results = a.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PKG.Result).toList();
        assertEquals(1, results.size());
        Resource r = results.get(0);
        assertEquals("81.2", r.getProperty(PKG.value).getLiteral().getLexicalForm());
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.getURI(), r.getProperty(PKG.value).getLiteral().getDatatypeURI());
        assertEquals(QUDT.PERCENT, r.getProperty(QUDT.unit).getResource());
        assertEquals("81.2%", r.getProperty(PKG.valueText).getString());
    }

    @Test
    void offsetsCountCodePointsAndTheQuoteIsTheTextAtThem() {
        // Two characters outside the Basic Multilingual Plane before the mention: UTF-16 offsets would be off by 2.
        String text = "Models like \uD835\uDC00\uD835\uDC01 fail; we train ResNet-50 on CIFAR-10 instead.";
        Model m = graph(paper("p-1", "A Note", text));
        int[] cps = text.codePoints().toArray();
        int checked = 0;
        for (Resource sel : m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, OA.TextPositionSelector).toList()) {
            int start = sel.getProperty(OA.start).getInt();
            int end = sel.getProperty(OA.end).getInt();
            String quoteIri = sel.getURI().replace("#position", "#quote");
            String exact = m.getResource(quoteIri).getProperty(OA.exact).getString();
            assertEquals(exact, new String(cps, start, end - start));
            checked++;
        }
        assertEquals(2, checked, "ResNet-50 and CIFAR-10");
        RDFNode abstractText = m.getResource(IRIS.paper("p-1")).getProperty(DCTerms.abstract_).getObject();
        assertEquals(text, abstractText.asLiteral().getString());
    }

    @Test
    void oldStyleArxivIdsGiveIrisWithoutAnEncodedSlash() {
        assertEquals("https://w3id.org/paperkg/paper/cs/0112017", IRIS.paper("cs/0112017"));
        assertEquals("https://w3id.org/paperkg/paper/math.GT/0309136", IRIS.paper("math.GT/0309136"));
        assertEquals("https://w3id.org/paperkg/paper/2408.12570", IRIS.paper("2408.12570"));
        assertEquals("https://w3id.org/paperkg/paper/a%20b", IRIS.paper("a b"));
        // A slash that would make another path ('..', an empty part) stays encoded.
        assertEquals("https://w3id.org/paperkg/paper/..%2Fx", IRIS.paper("../x"));
        Paper p = new Paper("cs/0112017", "A Note", "We train ResNet-50 on CIFAR-10.", List.of(), null, "cs/0112017", null,
                List.of(), new Origin("test", 1));
        Model m = graph(p);
        assertTrue(m.listStatements().toList().stream().flatMap(s -> java.util.stream.Stream.of(s.getSubject(), s.getObject()))
                .filter(RDFNode::isURIResource).noneMatch(n -> n.asResource().getURI().contains("%2F")));
        assertTrue(m.contains(m.getResource(IRIS.paper("cs/0112017")), Vocab.BIB.hasArXivId, "cs/0112017"));
    }

    @Test
    void theLastVersionsDateIsModifiedNotIssued() {
        Paper p = new Paper("2408.12570", "A Note", "We train ResNet-50 on CIFAR-10.", List.of(), null, "2024-08-30",
                "2408.12570", null, List.of(), new Origin("test", 1));
        Resource paper = graph(p).getResource(IRIS.paper("2408.12570"));
        assertFalse(paper.hasProperty(DCTerms.issued));
        assertEquals("2024-08-30", paper.getProperty(DCTerms.modified).getLiteral().getLexicalForm());
    }

    @Test
    void mentionsAndResultsNameTheRunThatGeneratedThem() {
        Paper p = paper("2501.00002", "KiteNet: Sparse Kernels", "We propose KiteNet. On ImageNet-1K, KiteNet reaches 81.2% top-1 accuracy.");
        Extraction x = extractor.extract(p.title(), p.abstractText());
        String run = IRIS.run("20250102T030405.678Z");
        Model m = new PaperGraph(IRIS, run).build(p, new Resolver().resolve(x), x);
        List<Resource> generated = new java.util.ArrayList<>(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PKG.Mention).toList());
        generated.addAll(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PKG.Result).toList());
        assertTrue(generated.size() > 3, "mentions and a result: " + generated.size());
        for (Resource r : generated) {
            assertEquals(run, r.getPropertyResourceValue(Vocab.PROV.wasGeneratedBy).getURI(), r.getURI());
        }
    }

    @Test
    void onlyRepositoriesAreCodeRepositories() {
        Paper p = paper("2501.00003", "KiteNet: Sparse Kernels", "We propose KiteNet. Code: https://github.com/example-lab/kitenet. "
                + "Models: https://github.com/example-org. Data: https://huggingface.co/datasets/example-org/kite-data. "
                + "Script: https://github.com/other-lab/tools/tree/main/kite. Mirror: https://gitlab.com/example-lab.");
        Model m = graph(p);
        Resource paper = m.getResource(IRIS.paper("2501.00003"));
        java.util.Set<String> repos = new java.util.TreeSet<>();
        paper.listProperties(Vocab.BIB.codeRepository).forEachRemaining(s -> repos.add(s.getResource().getURI()));
        assertEquals(java.util.Set.of("https://github.com/example-lab/kitenet", "https://github.com/other-lab/tools"), repos);
        java.util.Set<String> seeAlso = new java.util.TreeSet<>();
        paper.listProperties(org.apache.jena.vocabulary.RDFS.seeAlso).forEachRemaining(s -> seeAlso.add(s.getResource().getURI()));
        assertTrue(seeAlso.containsAll(List.of("https://github.com/example-org", "https://huggingface.co/datasets/example-org/kite-data",
                "https://github.com/other-lab/tools/tree/main/kite", "https://gitlab.com/example-lab")), seeAlso.toString());
    }
}
