package org.paperkg.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.source.InputError;
import org.paperkg.source.Origin;
import org.paperkg.store.Store;

/**
 * {@code paperkg link --csv FILE}: a user's mapping file, one link per row with the columns {@code entity}
 * (an entity IRI of the store, or a label or other name of exactly one entity), {@code target} (an absolute http(s)
 * IRI) and optionally {@code predicate} (skos:exactMatch, the default; skos:closeMatch; owl:sameAs for verified
 * identity). Each bad row is reported with its line and skipped; the good rows are stored in one transaction, in the
 * import linkset of their target and predicate, whose VoID description is recounted.
 */
public final class LinkImport {
    /** What an import did. */
    public record Result(long rows, long stored, long rejected, Map<Node, Long> linksets) {
    }

    private LinkImport() {
    }

    public static Result run(Store store, Path file, Consumer<InputError> errors) throws IOException {
        Map<String, Set<Node>> byName = store.read(dsg -> names(dsg, store.entitiesGraph()));
        record Link(Node entity, Node predicate, Node target) {
        }
        List<Link> links = new ArrayList<>();
        long rows = 0;
        long rejected = 0;
        String name = file.toString();
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(in)) {
            if (!csv.getHeaderNames().contains("entity") || !csv.getHeaderNames().contains("target")) {
                errors.accept(new InputError(new Origin(name, 1), "the header must name the columns entity and target "
                        + "(and optionally predicate), found " + csv.getHeaderNames() + "; file skipped"));
                return new Result(0, 0, 1, Map.of());
            }
            for (CSVRecord r : csv) {
                rows++;
                Origin at = new Origin(name, r.getParser().getCurrentLineNumber());
                String problem = null;
                Node entity = null;
                Node predicate = Linksets.predicate(r.isSet("predicate") ? r.get("predicate") : "");
                Node target = null;
                String e = r.isSet("entity") ? r.get("entity") : "";
                String t = r.isSet("target") ? r.get("target") : "";
                if (r.stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
                    problem = "invalid UTF-8 in this row";
                } else if (e.isEmpty() || t.isEmpty()) {
                    problem = "entity and target are both needed";
                } else if (predicate == null) {
                    problem = "predicate \"" + r.get("predicate") + "\" is not one of skos:exactMatch, skos:closeMatch, owl:sameAs";
                } else if ((problem = checkTarget(t)) == null) {
                    Set<Node> found = byName.getOrDefault(e.startsWith("http") ? e : e.toLowerCase(Locale.ROOT), Set.of());
                    if (found.isEmpty()) {
                        problem = "no entity in the store is " + (e.startsWith("http") ? "" : "named ") + "\"" + e + "\"";
                    } else if (found.size() > 1) {
                        problem = "\"" + e + "\" names " + found.size() + " entities (" + found.stream().map(Node::getURI).sorted().toList()
                                + "); give the IRI instead";
                    } else {
                        entity = found.iterator().next();
                        target = NodeFactory.createURI(t);
                    }
                }
                if (problem != null) {
                    rejected++;
                    errors.accept(new InputError(at, problem + "; row skipped"));
                } else {
                    links.add(new Link(entity, predicate, target));
                }
            }
        }
        Map<Node, Long> sizes = store.writeLinksets(w -> {
            Map<Node, Linksets.Target> touched = new LinkedHashMap<>();
            Map<Node, Node> predicates = new HashMap<>();
            for (Link l : links) {
                Linksets.Target target = Linksets.targetOf(l.target().getURI());
                Node g = Linksets.graph(store.iris(), "import" + suffix(l.predicate()), target);
                w.add(g, l.entity(), l.predicate(), l.target());
                touched.put(g, target);
                predicates.put(g, l.predicate());
            }
            Map<Node, Long> out = new LinkedHashMap<>();
            touched.forEach((g, target) -> out.put(g, Linksets.describe(w, store, g, target, predicates.get(g),
                    "Imported by paperkg link --csv from a mapping file of its users (entity, target, predicate); rows are "
                            + "checked: the entity must be in the store, the target an absolute http(s) IRI.")));
            return out;
        });
        return new Result(rows, links.size(), rejected, sizes);
    }

    /** Import graphs are split by predicate as well, since a void:Linkset has one link predicate. */
    private static String suffix(Node predicate) {
        if (predicate.equals(OWL2.sameAs.asNode())) {
            return "-same-as";
        }
        return predicate.equals(SKOS.closeMatch.asNode()) ? "-close-match" : "";
    }

    private static String checkTarget(String t) {
        try {
            IRIx iri = IRIx.create(t);
            if (!iri.isAbsolute() || !(t.startsWith("http://") || t.startsWith("https://")) || iri.hasViolations()) {
                return "target \"" + t + "\" is not an absolute http(s) IRI";
            }
            return null;
        } catch (IRIException ex) {
            return "target \"" + t + "\" is not an absolute http(s) IRI";
        }
    }

    /** Entity IRIs and lower-cased labels and other names, each to the entities they name. */
    private static Map<String, Set<Node>> names(DatasetGraph dsg, Node entitiesGraph) {
        Map<String, Set<Node>> byName = new HashMap<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            dsg.find(entitiesGraph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    byName.computeIfAbsent(q.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                            .add(q.getSubject());
                }
                byName.computeIfAbsent(q.getSubject().getURI(), k -> new LinkedHashSet<>()).add(q.getSubject());
            });
        }
        return byName;
    }
}
