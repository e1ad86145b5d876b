package org.paperkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.dump.DumpDescription;
import org.paperkg.model.RegistryLink;
import org.paperkg.rdf.Iris;
import org.paperkg.rdf.PKG;
import org.paperkg.rdf.Vocab.VOID;
import org.paperkg.resolve.EntityKey;
import org.paperkg.store.Store;

/**
 * Links from paperkg's entities to other datasets. Each set of links lives in a named graph of its own, one per
 * target and origin ({@code graph/links/wikidata} from the curated registry, {@code graph/links/import-wikidata}
 * from a user's mapping file), described in the meta graph as a {@code void:Linkset}: its target, its link
 * predicate, how it was computed, and its size (always recounted when the set changes).
 */
public final class Linksets {
    /** A dataset links point into: its name in graph IRIs, the IRIs of its items, and the dataset's own IRI. */
    public record Target(String name, String itemPrefix, String datasetIri, String title) {
    }

    /** The targets the registry and the importer know; an import to any other host gets a target named after it. */
    public static final List<Target> KNOWN = List.of(
            new Target("wikidata", "http://www.wikidata.org/entity/", "http://www.wikidata.org/", "Wikidata"),
            new Target("huggingface", "https://huggingface.co/", "https://huggingface.co/", "Hugging Face Hub"),
            new Target("paperswithcode", "https://paperswithcode.com/", "https://paperswithcode.com/", "Papers with Code"),
            new Target("dbpedia", "http://dbpedia.org/resource/", "http://dbpedia.org/", "DBpedia"),
            new Target("orkg", "https://orkg.org/resource/", "https://orkg.org/", "Open Research Knowledge Graph"));

    /** Registry identifier kinds: how a {@code kind:id} of {@code gazetteer.tsv} becomes an IRI, and its target. */
    private static final Map<String, String[]> REGISTRY_KINDS = Map.of(
            "wikidata", new String[] {"wikidata", "http://www.wikidata.org/entity/"},
            "hf-dataset", new String[] {"huggingface", "https://huggingface.co/datasets/"},
            "hf-model", new String[] {"huggingface", "https://huggingface.co/"});

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("^(https?)://([^/:?#@]+)?");

    private Linksets() {
    }

    /** The IRI a registry identifier stands for, e.g. wikidata:Q61726893 → http://www.wikidata.org/entity/Q61726893. */
    public static String registryIri(RegistryLink link) {
        String[] kind = REGISTRY_KINDS.get(link.target());
        if (kind == null) {
            throw new IllegalArgumentException("unknown identifier kind in the registry: " + link.target() + ":" + link.id());
        }
        return kind[1] + link.id();
    }

    static Target registryTarget(RegistryLink link) {
        String name = REGISTRY_KINDS.get(link.target())[0];
        return KNOWN.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The target an external IRI belongs to. */
    public static Target targetOf(String iri) {
        for (Target t : KNOWN) {
            if (iri.startsWith(t.itemPrefix())) {
                return t;
            }
        }
        java.util.regex.Matcher m = HOST.matcher(iri);
        boolean found = m.find();
        String scheme = found ? m.group(1) : "http";
        String host = found && m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) : "other";
        return new Target(host.replaceAll("[^a-z0-9]+", "-"), scheme + "://" + host + "/", scheme + "://" + host + "/", host);
    }

    public static Node graph(Iris iris, String origin, Target target) {
        return NodeFactory.createURI(iris.graph("links/" + (origin.isEmpty() ? "" : origin + "-") + target.name()));
    }

    /**
     * Rewrites the registry's linksets from the registry and the store: each entity of the store that the registry
     * gives an identifier to gets {@code skos:exactMatch} to it. Entities not (or no longer) in the store get none.
     * Runs in its own write transaction, or in the one the calling thread has open.
     */
    public static Map<Target, Long> refreshRegistry(Store store, List<RegistryLink> registry) {
        Iris iris = store.iris();
        return store.writeLinksets(dsg -> {
            Map<Target, List<Triple>> links = registryLinks(iris, registry,
                    entity -> dsg.contains(store.entitiesGraph(), entity, PKG.paperCount.asNode(), Node.ANY));
            Map<Target, Long> counts = new LinkedHashMap<>();
            links.forEach((target, triples) -> {
                Node g = graph(iris, "", target);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                triples.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                counts.put(target, describe(dsg, iris, store.metaGraph(), g, target, SKOS.exactMatch.asNode(), registryHow(target)));
            });
            return counts;
        });
    }

    /**
     * The registry's links, per target (every target of the registry, even one left without links): an entity that
     * {@code described} accepts (one some paper names) gets {@code skos:exactMatch} to each of its identifiers.
     */
    public static Map<Target, List<Triple>> registryLinks(Iris iris, List<RegistryLink> registry, java.util.function.Predicate<Node> described) {
        Map<Target, List<Triple>> links = new LinkedHashMap<>();
        for (RegistryLink r : registry) {
            List<Triple> ofTarget = links.computeIfAbsent(registryTarget(r), t -> new ArrayList<>());
            Node entity = NodeFactory.createURI(iris.entity(r.type(), EntityKey.ofLabel(r.label())));
            if (described.test(entity)) {
                ofTarget.add(Triple.create(entity, SKOS.exactMatch.asNode(), NodeFactory.createURI(registryIri(r))));
            }
        }
        return links;
    }

    /**
     * Describes the linkset held in graph {@code g} as a {@code void:Linkset} in the meta graph, replacing an older
     * description, and returns its size. Must run inside a write transaction: {@code dsg} is what
     * {@link Store#writeLinksets} hands out.
     */
    static long describe(DatasetGraph dsg, Store store, Node g, Target target, Node predicate, String howComputed) {
        return describe(dsg, store.iris(), store.metaGraph(), g, target, predicate, howComputed);
    }

    /** How the registry's linkset to {@code target} is computed, as its description says. */
    public static String registryHow(Target target) {
        return "Computed by paperkg from its curated registry (gazetteer.tsv): an entity of the store whose canonical "
                + "label the registry lists with an identifier in " + target.title() + " is linked to that item. "
                + "Rewritten after every ingest.";
    }

    /** {@link #describe(DatasetGraph, Store, Node, Target, Node, String)} in any dataset with a meta graph. */
    public static long describe(DatasetGraph dsg, Iris iris, Node meta, Node g, Target target, Node predicate, String howComputed) {
        long triples = 0;
        for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            triples++;
        }
        Node ours = NodeFactory.createURI(DumpDescription.datasetIri(iris));
        dsg.deleteAny(meta, g, Node.ANY, Node.ANY);
        dsg.delete(meta, ours, VOID.subset.asNode(), g);
        if (triples == 0) {
            return 0;
        }
        dsg.add(meta, g, RDF.type.asNode(), VOID.Linkset.asNode());
        dsg.add(meta, g, RDFS.label.asNode(), NodeFactory.createLiteralString("paperkg entities → " + target.title()));
        dsg.add(meta, g, VOID.subjectsTarget.asNode(), ours);
        dsg.add(meta, g, VOID.objectsTarget.asNode(), NodeFactory.createURI(target.datasetIri()));
        dsg.add(meta, g, VOID.linkPredicate.asNode(), predicate);
        dsg.add(meta, g, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        dsg.add(meta, g, DCTerms.description.asNode(), NodeFactory.createLiteralString(howComputed));
        dsg.add(meta, ours, VOID.subset.asNode(), g);
        return triples;
    }

    /** The link predicates a mapping file may name, by their short and full names. */
    static Node predicate(String name) {
        return switch (name.strip()) {
            case "", "skos:exactMatch", "exactMatch", "http://www.w3.org/2004/02/skos/core#exactMatch" -> SKOS.exactMatch.asNode();
            case "skos:closeMatch", "closeMatch", "http://www.w3.org/2004/02/skos/core#closeMatch" -> SKOS.closeMatch.asNode();
            case "owl:sameAs", "sameAs", "http://www.w3.org/2002/07/owl#sameAs" -> OWL2.sameAs.asNode();
            default -> null;
        };
    }
}
