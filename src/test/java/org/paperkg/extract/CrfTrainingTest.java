package org.paperkg.extract;

import org.paperkg.model.EntityType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.Seeds;
import org.paperkg.gold.GoldPaper;
import org.paperkg.gold.GoldSet;

/** How annotations become token labels, and that training gives the same model from the same data. */
class CrfTrainingTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    @Test
    void namesLabelTheirTokensLongestFirst() {
        String text = "We fine-tune Llama-2-7B with QLoRA on ImageNet-1K and ImageNet, reporting top-1 accuracy.";
        Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
        names.put(EntityType.METHOD, List.of("Llama-2-7B", "QLoRA", "Llama"));
        names.put(EntityType.DATASET, List.of("ImageNet", "ImageNet-1K"));
        names.put(EntityType.METRIC, List.of("top-1 accuracy", "accuracy"));
        List<Token> s = extractor.nlp().sentences(text).get(0);
        String[] answers = CrfTraining.answers(text, s, names);
        List<String> labelled = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!answers[i].equals(CrfNer.OUTSIDE)) {
                labelled.add(s.get(i).word() + "/" + answers[i]);
            }
        }
        // The tokenizer splits "Llama-2-7B" into "Llama" and "-2-7B": the longer name labels both, and neither "Llama"
        // nor "ImageNet" relabels part of a longer name; "accuracy" is inside "top-1 accuracy".
        assertEquals(List.of("Llama/METHOD", "-2-7B/METHOD", "QLoRA/METHOD", "ImageNet-1K/DATASET", "ImageNet/DATASET",
                "top-1/METRIC", "accuracy/METRIC"), labelled);
    }

    @Tag("slow")
    @Test
    void sameDataSameModel(@TempDir Path dir) throws Exception {
        Optional<Path> seeds = Seeds.find();
        assumeTrue(seeds.isPresent(), "the corpus ../shared/seeds is not here");
        List<CrfTraining.AnnotatedText> texts = new ArrayList<>();
        for (GoldPaper p : GoldSet.read(Path.of("src/test/resources/gold/train.jsonl"), seeds.get()).subList(0, 12)) {
            Map<EntityType, List<String>> names = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) {
                names.put(t, p.names(t));
            }
            texts.add(new CrfTraining.AnnotatedText(p.title(), p.abstractText(), names));
        }
        CrfTraining training = new CrfTraining(extractor);
        training.train(texts, dir.resolve("a.ser.gz"));
        training.train(texts, dir.resolve("b.ser.gz"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.ser.gz")), Files.readAllBytes(dir.resolve("b.ser.gz")));
    }
}
