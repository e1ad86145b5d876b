package org.paperkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.gold.GoldPaper;
import org.paperkg.resolve.Entity;
import org.paperkg.resolve.EntityKey;
import org.paperkg.resolve.Resolver;

/**
 * Scores extraction against gold papers: precision, recall and F1 per entity type, the role of the entities found,
 * results and code links. An entity counts as found when one of its gold names and one of the names extracted for it
 * share a key ({@link EntityKey#ofName}). Two annotations of the same papers are scored the same way for agreement.
 */
public final class Evaluation {
    /** Counts for one kind of item. */
    public static final class Score {
        public int gold;
        public int predicted;
        public int correct;

        public double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<EntityType, Score> byType = new EnumMap<>(EntityType.class);
    /** Per stage and type: the entities a stage's mentions went into, and how many of them are right. */
    private final Map<String, Score> byStage = new java.util.TreeMap<>();
    /** Per type, the wrong entities by kind (see {@link #kindOfWrong}). */
    private final Map<EntityType, Map<String, Integer>> wrongKinds = new EnumMap<>(EntityType.class);
    private final Score roles = new Score();
    private final Score results = new Score();
    private final Score resultTuples = new Score();
    private final Score code = new Score();
    private final List<String> mistakes = new ArrayList<>();
    /** Across papers: per entity key, the papers that give it each type (one real-world thing should have one). */
    private final Map<String, Map<EntityType, Integer>> typesOfKey = new java.util.TreeMap<>();
    /** Across papers: per type and spelling without separators ("cifar10"), the keys found for it. */
    private final Map<String, Set<String>> keysOfSpelling = new java.util.TreeMap<>();
    /** Across papers: labels shaped like no entity's name: a count ("1,200-problem"), a bare number, a URL. */
    private final Set<String> junk = new java.util.TreeSet<>();
    private static final java.util.regex.Pattern JUNK = java.util.regex.Pattern.compile("\\d[\\d,.]*(?:-\\S+)?|.*://.*|\\W*");
    private int papers;

    private Evaluation() {
        for (EntityType t : EntityType.values()) {
            byType.put(t, new Score());
        }
    }

    /** An entity as one side names it: its label, the keys of all its names, and its role (null for metrics, tasks). */
    private record Found(String label, Set<String> keys, String role, Set<String> stages) {
    }

    /** A result as one side states it. */
    private record Stated(String method, String dataset, String metric, Set<String> metricKeys, BigDecimal value, String text) {
    }

    /** Scores what {@code extractor} finds in the gold papers. */
    public static Evaluation run(List<GoldPaper> gold, Extractor extractor) {
        Evaluation e = new Evaluation();
        Resolver resolver = new Resolver(extractor);
        for (GoldPaper g : gold) {
            Extraction x = extractor.extract(g.title(), g.abstractText());
            Map<EntityType, List<Found>> found = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) {
                found.put(t, new ArrayList<>());
            }
            for (Entity en : resolver.resolve(x)) {
                Set<String> keys = new HashSet<>();
                keys.add(en.key());
                keys.add(EntityKey.ofName(en.label()));
                en.names().forEach(n -> keys.add(EntityKey.ofName(n)));
                Set<String> stages = new java.util.TreeSet<>();
                en.mentions().forEach(m -> stages.add(m.rule()));
                found.get(en.type()).add(new Found(en.label() + " " + en.names(), keys, en.role().label(), stages));
                e.census(en);
            }
            Map<String, Set<String>> metricNames = new HashMap<>();
            for (Found f : found.get(EntityType.METRIC)) {
                f.keys().forEach(k -> metricNames.put(k, f.keys()));
            }
            List<Stated> results = x.results().stream().map(r -> new Stated(r.method(), r.dataset(), r.metric(),
                    metricNames.getOrDefault(EntityKey.ofName(r.metric()), Set.of(EntityKey.ofName(r.metric()))),
                    r.value(), r.text())).toList();
            e.score(g.id(), g.annotation(), found, results, x.codeUrls());
        }
        return e;
    }

    /** Counts an entity found in one paper towards the corpus-wide figures of {@link #acrossPapers}. */
    private void census(Entity en) {
        typesOfKey.computeIfAbsent(en.key(), k -> new EnumMap<>(EntityType.class)).merge(en.type(), 1, Integer::sum);
        keysOfSpelling.computeIfAbsent(en.type().path() + " " + en.key().replaceAll("[-.]", ""), k -> new java.util.TreeSet<>())
                .add(en.key());
        if (JUNK.matcher(en.label()).matches()) {
            junk.add(en.type().path() + " " + en.label());
        }
    }

    /**
     * What resolution leaves split across papers, where one real-world thing should be one entity: keys that papers give
     * different types ("sam" a method in one, a dataset in another), and keys of one type that differ only in hyphens
     * and points ("cifar10", "cifar-10"); and labels shaped like no name (counts, numbers, URLs). Empty when there was no
     * extraction (an agreement run).
     */
    public String acrossPapers() {
        if (typesOfKey.isEmpty()) {
            return "";
        }
        List<String> split = new ArrayList<>();
        typesOfKey.forEach((key, types) -> {
            if (types.size() > 1) {
                List<String> counts = new ArrayList<>();
                types.forEach((t, n) -> counts.add(t.path() + " in " + n));
                split.add(key + ": " + String.join(", ", counts));
            }
        });
        List<String> spelled = new ArrayList<>();
        keysOfSpelling.forEach((spelling, keys) -> {
            if (keys.size() > 1) {
                spelled.add(spelling.substring(0, spelling.indexOf(' ')) + " " + String.join(" / ", keys));
            }
        });
        return String.format(Locale.ROOT, "across papers: %d entity keys; %d under more than one type%s; %d spelt two ways%s; "
                        + "%d shaped like no name%s%n",
                typesOfKey.size(), split.size(), split.isEmpty() ? "" : " (" + String.join("; ", split) + ")", spelled.size(),
                spelled.isEmpty() ? "" : " (" + String.join("; ", spelled) + ")", junk.size(),
                junk.isEmpty() ? "" : " (" + String.join("; ", junk) + ")");
    }

    /**
     * How far two annotations of the same papers agree: {@code second} scored as if it were extraction against
     * {@code first}, over the papers both annotate. F1 is symmetric, so this is the agreement ceiling.
     */
    public static Evaluation agreement(List<GoldPaper> first, List<GoldPaper> second) {
        Map<String, GoldPaper> other = new LinkedHashMap<>();
        second.forEach(g -> other.put(g.id(), g));
        Evaluation e = new Evaluation();
        for (GoldPaper g : first) {
            GoldPaper o = other.get(g.id());
            if (o == null) {
                continue;
            }
            Map<EntityType, List<Found>> found = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) {
                List<Found> list = new ArrayList<>();
                for (JsonNode en : o.entities(t)) {
                    Set<String> keys = keys(en.path("names"));
                    keys.add(EntityKey.ofName(en.path("label").asText()));
                    list.add(new Found(en.path("label").asText(), keys, en.hasNonNull("role") ? en.get("role").asText() : null, Set.of()));
                }
                found.put(t, list);
            }
            List<Stated> results = new ArrayList<>();
            for (JsonNode r : o.annotation().path("results")) {
                String metric = r.path("metric").asText();
                results.add(new Stated(text(r.path("method")), text(r.path("dataset")), metric,
                        metricKeys(o.annotation().path("metrics"), metric), new BigDecimal(r.path("value").asText()),
                        r.path("text").asText()));
            }
            List<String> code = new ArrayList<>();
            o.annotation().path("code").forEach(c -> code.add(c.asText()));
            e.score(g.id(), g.annotation(), found, results, code);
        }
        return e;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private void score(String id, JsonNode gold, Map<EntityType, List<Found>> found, List<Stated> stated, List<String> codeUrls) {
        papers++;
        for (EntityType type : EntityType.values()) {
            Score s = byType.get(type);
            List<Found> predicted = found.get(type);
            List<JsonNode> expected = new ArrayList<>();
            gold.path(type.path() + "s").forEach(expected::add);
            s.gold += expected.size();
            s.predicted += predicted.size();
            Set<Found> matched = new HashSet<>();
            for (JsonNode g : expected) {
                Set<String> keys = keys(g.path("names"));
                Found hit = predicted.stream().filter(p -> !matched.contains(p) && overlaps(keys, p)).findFirst().orElse(null);
                if (hit == null) {
                    mistakes.add(id + " missed " + type.path() + " " + g.path("label").asText());
                    continue;
                }
                matched.add(hit);
                s.correct++;
                if (g.has("role") && hit.role() != null) {
                    roles.gold++;
                    roles.predicted++;
                    if (hit.role().equals(g.get("role").asText())) {
                        roles.correct++;
                    } else {
                        mistakes.add(id + " gave " + type.path() + " " + hit.label() + " role " + hit.role());
                    }
                }
            }
            for (Found p : predicted) {
                for (String stage : p.stages()) {
                    Score st = byStage.computeIfAbsent(stage + " " + type.path(), k -> new Score());
                    st.predicted++;
                    st.correct += matched.contains(p) ? 1 : 0;
                }
                if (!matched.contains(p)) {
                    String kind = kindOfWrong(gold, type, expected, p);
                    wrongKinds.computeIfAbsent(type, t -> new java.util.TreeMap<>()).merge(kind, 1, Integer::sum);
                    mistakes.add(id + " " + kind + " " + type.path() + " " + p.label());
                }
            }
        }
        scoreResults(id, gold.path("results"), gold.path("metrics"), stated);
        Set<String> goldCode = new HashSet<>();
        gold.path("code").forEach(c -> goldCode.add(c.asText()));
        code.gold += goldCode.size();
        code.predicted += codeUrls.size();
        code.correct += (int) codeUrls.stream().filter(goldCode::contains).count();
    }

    /**
     * Why an entity found is wrong: a second entity for one the gold has once ("duplicate"), an entity the gold has
     * under another type ("wrong type"), or one the gold does not have at all ("wrongly found").
     */
    private static String kindOfWrong(JsonNode gold, EntityType type, List<JsonNode> expected, Found p) {
        if (expected.stream().anyMatch(g -> overlaps(keys(g.path("names")), p))) {
            return "duplicate";
        }
        for (EntityType other : EntityType.values()) {
            for (JsonNode g : gold.path(other.path() + "s")) {
                if (other != type && overlaps(keys(g.path("names")), p)) {
                    return "wrong type";
                }
            }
        }
        return "wrongly found";
    }

    /** The keys of every name of the gold metric labelled {@code label} (only the label's when the gold lists none). */
    private static Set<String> metricKeys(JsonNode metrics, String label) {
        Set<String> keys = new HashSet<>();
        keys.add(EntityKey.ofName(label));
        for (JsonNode m : metrics) {
            if (m.path("label").asText().equals(label)) {
                keys.addAll(keys(m.path("names")));
            }
        }
        return keys;
    }

    private void scoreResults(String id, JsonNode gold, JsonNode metrics, List<Stated> predicted) {
        results.gold += gold.size();
        resultTuples.gold += gold.size();
        results.predicted += predicted.size();
        resultTuples.predicted += predicted.size();
        Set<Stated> used = new HashSet<>();
        for (JsonNode g : gold) {
            BigDecimal value = new BigDecimal(g.path("value").asText());
            Set<String> metric = metricKeys(metrics, g.path("metric").asText());
            Stated hit = predicted.stream().filter(p -> !used.contains(p) && p.value().compareTo(value) == 0
                    && p.metricKeys().stream().anyMatch(metric::contains)).findFirst().orElse(null);
            if (hit == null) {
                mistakes.add(id + " missed result " + g.path("text").asText() + " " + g.path("metric").asText());
                continue;
            }
            used.add(hit);
            results.correct++;
            if (sameName(g.path("dataset"), hit.dataset()) && sameName(g.path("method"), hit.method())) {
                resultTuples.correct++;
            } else {
                mistakes.add(id + " result " + hit.text() + " has method " + hit.method() + ", dataset " + hit.dataset());
            }
        }
        for (Stated p : predicted) {
            if (!used.contains(p)) {
                mistakes.add(id + " wrongly found result " + p.text() + " " + p.metric());
            }
        }
    }

    private static boolean sameName(JsonNode gold, String predicted) {
        if (gold.isMissingNode() || gold.isNull()) {
            return predicted == null;
        }
        return predicted != null && EntityKey.ofName(gold.asText()).equals(EntityKey.ofName(predicted));
    }

    private static Set<String> keys(JsonNode names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(EntityKey.ofName(n.asText())));
        return keys;
    }

    private static boolean overlaps(Set<String> goldKeys, Found p) {
        return p.keys().stream().anyMatch(goldKeys::contains);
    }

    public Score score(EntityType type) {
        return byType.get(type);
    }

    public Score roles() {
        return roles;
    }

    public Score results() {
        return results;
    }

    public Score resultTuples() {
        return resultTuples;
    }

    public Score code() {
        return code;
    }

    public List<String> mistakes() {
        return List.copyOf(mistakes);
    }

    /**
     * The precision of each stage: of the entities that a stage's mentions went into, how many the gold has. An entity
     * found by several stages counts for each of them.
     */
    public String stageTable() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-36s %9s %7s %9s%n", "stage, type", "entities",
                "correct", "precision"));
        byStage.forEach((name, s) -> b.append(String.format(Locale.ROOT, "%-36s %9d %7d %9.3f%n", name, s.predicted,
                s.correct, s.precision())));
        return b.toString();
    }

    /** The figures as a table, one row per kind of item. */
    public String table() {
        Map<String, Score> rows = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            rows.put(t.path() + "s", byType.get(t));
        }
        rows.put("results (metric, value)", results);
        rows.put("results (+ method, dataset)", resultTuples);
        rows.put("code links", code);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d papers%n%-28s %6s %9s %7s %9s %6s %6s%n", papers,
                "", "gold", "predicted", "correct", "precision", "recall", "F1"));
        rows.forEach((name, s) -> b.append(String.format(Locale.ROOT, "%-28s %6d %9d %7d %9.3f %6.3f %6.3f%n", name, s.gold,
                s.predicted, s.correct, s.precision(), s.recall(), s.f1())));
        b.append(String.format(Locale.ROOT, "%-28s %6d %9s %7d %9s %6s %6.3f (accuracy over the methods and datasets found)%n",
                "roles", roles.gold, "", roles.correct, "", "", roles.recall()));
        wrongKinds.forEach((type, kinds) -> b.append(String.format(Locale.ROOT, "wrong %-22s %s%n", type.path() + "s",
                kinds.toString().replaceAll("[{}]", ""))));
        return b.toString();
    }
}
