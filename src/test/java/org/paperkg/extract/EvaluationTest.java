package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.evaluate.Evaluation;
import org.paperkg.gold.GoldSet;

/**
 * Extraction quality may not silently regress: minimum precision and recall per type on the project's gold set
 * (the rules were developed on it) and on its held-out set (written after the rules and not tuned on). The
 * floors sit a little under the figures measured when they were set; see src/test/resources/gold/README.md.
 */
class EvaluationTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    private static void atLeast(String what, double value, double floor) {
        assertTrue(value >= floor, what + " is " + value + ", below its floor of " + floor);
    }

    @Test
    void goldSet() throws Exception {
        Evaluation e = Evaluation.run(GoldSet.read(Path.of("src/test/resources/gold/gold.jsonl"), null), extractor);
        atLeast("method precision", e.score(EntityType.METHOD).precision(), 0.95);
        atLeast("method recall", e.score(EntityType.METHOD).recall(), 0.93);
        atLeast("dataset precision", e.score(EntityType.DATASET).precision(), 0.95);
        atLeast("dataset recall", e.score(EntityType.DATASET).recall(), 0.95);
        atLeast("metric precision", e.score(EntityType.METRIC).precision(), 0.95);
        atLeast("metric recall", e.score(EntityType.METRIC).recall(), 0.95);
        atLeast("task precision", e.score(EntityType.TASK).precision(), 0.9);
        atLeast("task recall", e.score(EntityType.TASK).recall(), 0.9);
        atLeast("result precision", e.results().precision(), 0.9);
        atLeast("result recall", e.results().recall(), 0.8);
        atLeast("role accuracy", e.roles().recall(), 0.95);
    }

    @Test
    void heldOutSet() throws Exception {
        Evaluation e = Evaluation.run(GoldSet.read(Path.of("src/test/resources/gold/heldout.jsonl"), null), extractor);
        atLeast("method precision", e.score(EntityType.METHOD).precision(), 0.88);
        atLeast("method recall", e.score(EntityType.METHOD).recall(), 0.75);
        atLeast("dataset precision", e.score(EntityType.DATASET).precision(), 0.88);
        atLeast("dataset recall", e.score(EntityType.DATASET).recall(), 0.7);
        atLeast("metric precision", e.score(EntityType.METRIC).precision(), 0.95);
        atLeast("metric recall", e.score(EntityType.METRIC).recall(), 0.9);
        atLeast("result precision", e.results().precision(), 0.9);
    }
}
