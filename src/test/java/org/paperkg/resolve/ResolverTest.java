package org.paperkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Mention;
import org.paperkg.model.ResultClaim;
import org.paperkg.model.Role;

/** Mentions made by hand, as stages would give them, resolved into entities. */
class ResolverTest {
    private static Mention at(EntityType type, String text, int begin, String rule, double confidence, String definedAs) {
        return new Mention(type, text, begin, begin + text.length(), 0, Role.USED, rule, confidence, null, definedAs);
    }

    @Test
    void aNameHasOneTypeTheOneWithTheMostEvidence() {
        // "… on FloodTweets … FloodTweets holds …": a rule reads a dataset, the model once a method.
        List<Entity> e = new Resolver().resolve(new Extraction(List.of(
                at(EntityType.METHOD, "FloodTweets", 0, "crf-ner", 0.71, null),
                at(EntityType.DATASET, "FloodTweets", 40, "dataset-after-on", 0.8, null),
                at(EntityType.DATASET, "FloodTweets", 90, "crf-ner", 0.9, null)), List.of(), List.of()));
        assertEquals(1, e.size(), e.toString());
        assertEquals(EntityType.DATASET, e.get(0).type());
        assertEquals(3, e.get(0).mentions().size());
        e.get(0).mentions().forEach(m -> assertEquals(EntityType.DATASET, m.type(), "mentions carry the entity's type"));
    }

    @Test
    void anAcronymJoinsItsLongFormAcrossTypes() {
        List<Entity> e = new Resolver().resolve(new Extraction(List.of(
                at(EntityType.DATASET, "Harbour Camera Dataset", 0, "acronym-definition", 0.9, "HCD"),
                at(EntityType.DATASET, "HCD", 24, "acronym-definition", 0.9, "Harbour Camera Dataset"),
                at(EntityType.METHOD, "HCD", 80, "crf-ner", 0.75, null)), List.of(), List.of()));
        assertEquals(1, e.size(), e.toString());
        assertEquals(EntityType.DATASET, e.get(0).type());
        assertEquals("HCD", e.get(0).label());
    }

    @Test
    void aReportedValueIsEvidenceForAMetric() {
        // The model once reads "win rate" as a task; the value reported for it makes it a metric.
        List<Entity> e = new Resolver().resolve(new Extraction(List.of(
                at(EntityType.TASK, "win rate", 0, "crf-ner", 0.8, null),
                at(EntityType.METRIC, "win rate", 50, "crf-ner", 0.6, null)),
                List.of(new ResultClaim(null, null, "win rate", new BigDecimal("61.5"), "%", "61.5%", 40, 45, 0, false)),
                List.of()));
        assertEquals(1, e.size(), e.toString());
        assertEquals(EntityType.METRIC, e.get(0).type());
    }

    @Test
    void anAcronymSpellsCapitalsWholeDigitsForWordsAndCountsForRepeats() {
        // Names invented for the test, spelled as abstracts spell such acronyms.
        List<Entity> e = new Resolver().resolve(new Extraction(List.of(
                at(EntityType.METHOD, "Guarded Offline RL", 0, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "GORL", 30, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "Layer-to-Layer Pruning", 40, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "l2LP", 70, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "Sparse Sampled Attention", 80, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "S2A", 110, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "Vision Mixture-of-Adapters", 120, "crf-ner", 0.8, null),
                at(EntityType.METHOD, "V-MoA", 150, "crf-ner", 0.8, null)), List.of(), List.of()));
        assertEquals(List.of("GORL", "l2LP", "S2A", "V-MoA"), e.stream().map(Entity::label).toList(), e.toString());
    }

    @Test
    void aTitleCasedPluralIsTheSameEntityAsTheLowerCaseOne() {
        // The title writes "Large Language Models", the abstract "large language models (LLMs)".
        List<Entity> e = new Resolver().resolve(new Extraction(List.of(
                at(EntityType.METHOD, "large language models", 0, "gazetteer", 0.9, "LLMs"),
                at(EntityType.METHOD, "LLMs", 23, "acronym-definition", 0.9, "large language models"),
                at(EntityType.METHOD, "Large Language Models", 200, "gazetteer", 0.9, null)), List.of(), List.of()));
        assertEquals(1, e.size(), e.toString());
        assertEquals(EntityKey.ofName("large language model"), EntityKey.ofName("Large Language Models"));
        assertEquals("titans", EntityKey.ofName("Titans"), "a one-word name keeps its s");
    }
}
