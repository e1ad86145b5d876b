package org.paperkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperkg.extract.EntityType;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ResultClaim;
import org.paperkg.resolve.Entity;
import org.paperkg.resolve.EntityKey;
import org.paperkg.resolve.Resolver;

/**
 * Scores extraction against a gold file in the extract JSON shape (plus each paper's abstract): precision, recall
 * and F1 per entity type, the role of the entities found, results and code links. An entity counts as found when
 * one of its gold names and one of the names extracted for it share a key ({@link EntityKey#ofName}).
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
    private final Score roles = new Score();
    private final Score results = new Score();
    private final Score resultTuples = new Score();
    private final Score code = new Score();
    private final List<String> mistakes = new ArrayList<>();
    private int papers;

    private Evaluation() {
        for (EntityType t : EntityType.values()) {
            byType.put(t, new Score());
        }
    }

    public static Evaluation run(Path gold, Extractor extractor) throws IOException {
        Evaluation e = new Evaluation();
        Resolver resolver = new Resolver(extractor);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g = json.readTree(line);
                if (!g.hasNonNull("abstract") || !g.hasNonNull("title")) {
                    throw new IOException(gold + ":" + lineNo + ": a gold record needs a title and an abstract");
                }
                Extraction x = extractor.extract(g.get("title").asText(), g.get("abstract").asText());
                e.score(g.path("id").asText("line " + lineNo), g, resolver.resolve(x), x);
            }
        }
        return e;
    }

    private void score(String id, JsonNode gold, List<Entity> entities, Extraction x) {
        papers++;
        for (EntityType type : EntityType.values()) {
            Score s = byType.get(type);
            List<Entity> predicted = entities.stream().filter(en -> en.type() == type).toList();
            List<JsonNode> expected = new ArrayList<>();
            gold.path(type.path() + "s").forEach(expected::add);
            s.gold += expected.size();
            s.predicted += predicted.size();
            Set<Entity> matched = new HashSet<>();
            for (JsonNode g : expected) {
                Set<String> keys = keys(g.path("names"));
                Entity hit = predicted.stream().filter(p -> !matched.contains(p) && overlaps(keys, p)).findFirst().orElse(null);
                if (hit == null) {
                    mistakes.add(id + " missed " + type.path() + " " + g.path("label").asText());
                    continue;
                }
                matched.add(hit);
                s.correct++;
                if (g.has("role")) {
                    roles.gold++;
                    roles.predicted++;
                    boolean right = hit.role().label().equals(g.get("role").asText());
                    if (right) {
                        roles.correct++;
                    } else {
                        mistakes.add(id + " gave " + type.path() + " " + hit.label() + " role " + hit.role().label());
                    }
                }
            }
            for (Entity p : predicted) {
                if (!matched.contains(p)) {
                    mistakes.add(id + " wrongly found " + type.path() + " " + p.label() + " " + p.names());
                }
            }
        }
        scoreResults(id, gold.path("results"), x.results());
        Set<String> goldCode = new HashSet<>();
        gold.path("code").forEach(c -> goldCode.add(c.asText()));
        code.gold += goldCode.size();
        code.predicted += x.codeUrls().size();
        code.correct += (int) x.codeUrls().stream().filter(goldCode::contains).count();
    }

    private void scoreResults(String id, JsonNode gold, List<ResultClaim> predicted) {
        results.gold += gold.size();
        resultTuples.gold += gold.size();
        results.predicted += predicted.size();
        resultTuples.predicted += predicted.size();
        Set<ResultClaim> used = new HashSet<>();
        for (JsonNode g : gold) {
            BigDecimal value = new BigDecimal(g.path("value").asText());
            String metric = EntityKey.ofName(g.path("metric").asText());
            ResultClaim hit = predicted.stream().filter(p -> !used.contains(p) && p.value().compareTo(value) == 0
                    && EntityKey.ofName(p.metric()).equals(metric)).findFirst().orElse(null);
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
        for (ResultClaim p : predicted) {
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

    private static boolean overlaps(Set<String> goldKeys, Entity p) {
        if (goldKeys.contains(EntityKey.ofName(p.label())) || goldKeys.contains(p.key())) {
            return true;
        }
        return p.names().stream().anyMatch(n -> goldKeys.contains(EntityKey.ofName(n)));
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
        return b.toString();
    }
}
