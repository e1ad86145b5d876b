package org.paperkg.rdf;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Mention;
import org.paperkg.model.ResultClaim;
import org.paperkg.model.Role;
import org.paperkg.resolve.Entity;
import org.paperkg.rdf.Vocab.BIB;
import org.paperkg.rdf.Vocab.OA;
import org.paperkg.rdf.Vocab.PROV;
import org.paperkg.rdf.Vocab.QUDT;
import org.paperkg.source.Paper;

/**
 * The rdf stage: one paper and what was extracted from it, as the triples of the paper's named graph.
 * No blank nodes and nothing that changes between runs, so equal input gives equal triples:
 * every node has an IRI made from the paper id and character offsets.
 */
public final class PaperGraph {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int QUOTE_CONTEXT = 32;
    /** Results come from one rule for now; its name travels with each result. */
    public static final String RULE_RESULT = "result-value-metric";
    private static final double RESULT_CONFIDENCE = 0.7;

    private final Iris iris;
    private final Resource extractor;

    public PaperGraph(Iris iris) {
        this.iris = iris;
        this.extractor = ResourceFactory.createResource(iris.extractor(Software.VERSION));
    }

    public Resource extractor() {
        return extractor;
    }

    public Model build(Paper paper, List<Entity> entities, Extraction extraction) {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource(iris.paper(paper.id()))
                .addProperty(RDF.type, PKG.Paper)
                .addProperty(DCTerms.title, paper.title())
                .addProperty(DCTerms.abstract_, paper.abstractText())
                .addProperty(DCTerms.identifier, paper.id())
                .addProperty(PKG.contentHash, ContentHash.of(paper));
        describePaper(m, p, paper, extraction);
        String text = paper.abstractText();
        for (Entity e : entities) {
            Resource body = m.createResource(iris.entity(e.type(), e.key()));
            p.addProperty(shortcut(e), body);
            for (Mention mention : e.mentions()) {
                addMention(m, p, paper, text, e, body, mention);
            }
        }
        for (ResultClaim r : extraction.results()) {
            addResult(m, p, paper, text, entities, r);
        }
        return m;
    }

    private void describePaper(Model m, Resource p, Paper paper, Extraction extraction) {
        addDate(m, p, DCTerms.issued, paper.date());
        addDate(m, p, DCTerms.modified, paper.modified());
        int n = 0;
        for (String author : paper.authors()) {
            n++;
            p.addProperty(DCTerms.creator, m.createResource(p.getURI() + "#author-" + n)
                    .addProperty(RDF.type, BIB.Person)
                    .addProperty(BIB.name, author));
        }
        if (paper.arxivId() != null) {
            p.addProperty(BIB.hasArXivId, paper.arxivId());
            p.addProperty(RDFS.seeAlso, m.createResource("https://arxiv.org/abs/" + paper.arxivId()));
        }
        if (paper.doi() != null) {
            p.addProperty(BIB.doi, paper.doi());
            String iri = iriOrNull("https://doi.org/" + paper.doi());
            if (iri != null) {
                p.addProperty(RDFS.seeAlso, m.createResource(iri));
            }
        }
        for (String category : paper.categories()) {
            p.addProperty(org.apache.jena.vocabulary.DCAT.keyword, category);
        }
        for (String url : extraction.codeUrls()) {
            String iri = iriOrNull(url);
            if (iri == null) {
                continue;
            }
            // A repository (owner/repo on a code host) is the paper's code; any other link (an organisation, a dataset
            // on Hugging Face, a project page, a file inside a repository) is seen also.
            String repo = CodeLinks.repository(iri);
            if (repo != null) {
                p.addProperty(BIB.codeRepository, m.createResource(repo));
            }
            if (!iri.equals(repo)) {
                p.addProperty(RDFS.seeAlso, m.createResource(iri));
            }
        }
    }

    /** A date as xsd:date, or a year as xsd:gYear; anything else is left out. */
    private static void addDate(Model m, Resource p, Property property, String date) {
        if (date == null) {
            return;
        }
        if (DATE.matcher(date).matches()) {
            p.addLiteral(property, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        } else if (YEAR.matcher(date).matches()) {
            p.addLiteral(property, m.createTypedLiteral(date, XSDDatatype.XSDgYear));
        }
    }

    private void addMention(Model m, Resource p, Paper paper, String abstractText, Entity e, Resource body, Mention mention) {
        String text = mention.inTitle() ? paper.title() : abstractText;
        int start = text.codePointCount(0, mention.begin());
        int end = start + text.codePointCount(mention.begin(), mention.end());
        String iri = iris.mention(paper.id(), mention.inTitle(), start, end);
        Resource target = m.createResource(iri + "#target");
        Resource position = m.createResource(iri + "#position")
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, nonNegative(m, start))
                .addLiteral(OA.end, nonNegative(m, end));
        Resource quote = m.createResource(quoteSelector(iri))
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, text.substring(mention.begin(), mention.end()));
        String prefix = text.substring(Math.max(0, mention.begin() - QUOTE_CONTEXT), mention.begin());
        String suffix = text.substring(mention.end(), Math.min(text.length(), mention.end() + QUOTE_CONTEXT));
        if (!prefix.isEmpty()) {
            quote.addProperty(OA.prefix, prefix);
        }
        if (!suffix.isEmpty()) {
            quote.addProperty(OA.suffix, suffix);
        }
        target.addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, p)
                .addProperty(PKG.field, mention.inTitle() ? DCTerms.title : DCTerms.abstract_)
                .addProperty(OA.hasSelector, position)
                .addProperty(OA.hasSelector, quote);
        Resource r = m.createResource(iri)
                .addProperty(RDF.type, PKG.Mention)
                .addProperty(RDF.type, OA.Annotation)
                .addProperty(OA.motivatedBy, OA.identifying)
                .addProperty(OA.hasBody, body)
                .addProperty(OA.hasTarget, target)
                .addProperty(PKG.mentionType, typeClass(e.type()))
                .addLiteral(PKG.sentence, m.createTypedLiteral(java.math.BigInteger.valueOf(mention.sentence())))
                .addLiteral(PKG.confidence, decimal(m, BigDecimal.valueOf(mention.confidence())))
                .addProperty(PKG.rule, mention.rule())
                .addProperty(PROV.wasAttributedTo, extractor);
        if (e.type() == EntityType.METHOD || e.type() == EntityType.DATASET) {
            r.addProperty(PKG.role, mention.role() == Role.PROPOSED ? PKG.proposed : PKG.used);
        }
    }

    private void addResult(Model m, Resource p, Paper paper, String text, List<Entity> entities, ResultClaim r) {
        Entity metric = find(entities, EntityType.METRIC, r.metric());
        if (metric == null) {
            return;
        }
        int start = text.codePointCount(0, r.begin());
        int end = start + text.codePointCount(r.begin(), r.end());
        Resource res = m.createResource(iris.result(paper.id(), start, end))
                .addProperty(RDF.type, PKG.Result)
                .addProperty(PKG.reportedIn, p)
                .addProperty(PKG.metric, m.createResource(iris.entity(EntityType.METRIC, metric.key())))
                .addLiteral(r.relative() ? PKG.change : PKG.value, decimal(m, r.value()))
                .addProperty(PKG.valueText, r.text())
                .addLiteral(PKG.confidence, decimal(m, BigDecimal.valueOf(RESULT_CONFIDENCE)))
                .addProperty(PKG.rule, RULE_RESULT)
                .addProperty(PROV.wasAttributedTo, extractor);
        if (r.relative()) {
            res.addProperty(RDF.type, PKG.RelativeResult);
        }
        link(m, res, PKG.evaluatedMethod, find(entities, EntityType.METHOD, r.method()));
        link(m, res, PKG.onDataset, find(entities, EntityType.DATASET, r.dataset()));
        Resource unit = unit(r.unit());
        if (unit != null) {
            res.addProperty(QUDT.unit, unit);
        }
    }

    private void link(Model m, Resource result, Property p, Entity e) {
        if (e != null) {
            result.addProperty(p, m.createResource(iris.entity(e.type(), e.key())));
        }
    }

    private static Entity find(List<Entity> entities, EntityType type, String name) {
        if (name == null) {
            return null;
        }
        for (Entity e : entities) {
            if (e.type() == type && (e.label().equals(name) || e.names().contains(name))) {
                return e;
            }
        }
        return null;
    }

    private static Resource unit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "%" -> QUDT.PERCENT;
            case "x" -> QUDT.UNITLESS;
            case "ms" -> QUDT.MilliSEC;
            default -> null;
        };
    }

    static Property shortcut(Entity e) {
        boolean proposed = e.role() == Role.PROPOSED;
        return switch (e.type()) {
            case METHOD -> proposed ? PKG.proposesMethod : PKG.usesMethod;
            case DATASET -> proposed ? PKG.introducesDataset : PKG.usesDataset;
            case METRIC -> PKG.reportsMetric;
            case TASK -> PKG.addressesTask;
        };
    }

    /** The IRI of a mention's TextQuoteSelector, the node holding its exact text: minted from the mention's IRI. */
    public static String quoteSelector(String mention) {
        return mention + "#quote";
    }

    public static Resource typeClass(EntityType type) {
        return switch (type) {
            case METHOD -> PKG.Method;
            case DATASET -> PKG.Dataset;
            case METRIC -> PKG.Metric;
            case TASK -> PKG.Task;
        };
    }

    /** Canonical decimal form (no trailing zeros beyond one), so every store prints the same lexical form. */
    static Literal decimal(Model m, BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 1) {
            s = s.setScale(1);
        }
        return m.createTypedLiteral(s.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Literal nonNegative(Model m, int v) {
        return m.createTypedLiteral(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    /** The string as an absolute IRI, or null when it is not one (a DOI or URL with spaces or brackets). */
    static String iriOrNull(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() && u.getHost() != null ? s : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
