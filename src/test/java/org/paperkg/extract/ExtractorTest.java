package org.paperkg.extract;

import org.paperkg.model.Extraction;
import org.paperkg.model.Role;
import org.paperkg.model.ResultClaim;
import org.paperkg.model.Mention;
import org.paperkg.model.EntityType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.resolve.Entity;
import org.paperkg.resolve.Resolver;

/** The first extraction pass on abstracts written for these tests. */
class ExtractorTest {
    private static Extractor extractor;
    private static final Resolver RESOLVER = new Resolver();

    @BeforeAll
    static void loadPipeline() {
        extractor = new Extractor();
    }

    private static List<Entity> entities(String title, String text) {
        return RESOLVER.resolve(extractor.extract(title, text));
    }

    private static String describe(List<Entity> entities) {
        return entities.stream().map(e -> e.type().path() + ":" + e.label() + ":" + e.role().label() + ":" + e.names())
                .collect(Collectors.joining("; "));
    }

    @Test
    void aKnownMethodBeforeBasedIsAMethod() {
        String d = describe(entities("Sonar Reefs", "We train a Transformer-based encoder and compare it with rule-based "
                + "and GPU-based systems."));
        assertTrue(d.contains("method:Transformer:used"), d);
        assertFalse(d.contains("rule"), d);
        assertFalse(d.contains("GPU"), d);
    }

    @Test
    void aNameWithASizeInBillionsIsAModel() {
        String d = describe(entities("Sonar Reefs", "We distil Krill-13B into Krill-1.3B and Plankton-7B-Chat, "
                + "pretrained on Sonar-300M and scored on Reef-1K."));
        for (String name : List.of("Krill-13B", "Krill-1.3B", "Plankton-7B-Chat")) {
            assertTrue(d.contains("method:" + name), name + " in " + d);
        }
        assertFalse(d.contains("method:Sonar-300M"), d);
        assertFalse(d.contains("method:Reef-1K"), d);
    }

    @Test
    void aDatasetsVersionIsPartOfItsName() {
        String d = describe(entities("Sonar Reefs", "We test on AlpacaEval 2.0 and CIFAR-10.1, on FFHQ 64x64 images, "
                + "and train on CIFAR-10 100 epochs long."));
        for (String name : List.of("AlpacaEval 2.0", "CIFAR-10.1", "FFHQ", "CIFAR-10")) {
            assertTrue(d.contains("dataset:" + name + ":"), name + " in " + d);
        }
        assertFalse(d.contains("FFHQ 64") || d.contains("CIFAR-10 100"), d);
    }

    @Test
    void whatATitleSaysItsWorkIsForIsItsTask() {
        String d = describe(entities("Tidal Augmentation for Robust Reef Segmentation in Murky Water", "We propose a method."));
        assertTrue(d.contains("task:Reef Segmentation:"), d);
        for (String title : List.of("A Multigrid Method for Efficiently Training Sonar Models", "Scaling Laws for Deep Learning",
                "Buoys for the Harbour")) {
            String none = describe(entities(title, "We propose a method."));
            assertFalse(none.contains("task:"), title + ": " + none);
        }
    }

    @Test
    void aNameGivenToADatasetWordIsADataset() {
        String text = "We also collect a labelled dataset, termed Shoal-7, from sonar sweeps, and train our model, called "
                + "ReefNet, on it.";
        String d = describe(entities("Sonar Reefs", text));
        assertTrue(d.contains("dataset:Shoal-7:proposed"), d);
        assertTrue(d.contains("method:ReefNet:proposed"), d);
    }

    @Test
    void phrasesAMetricWordListsAreMetrics() {
        String text = "We judge the generated poems with three measures, namely lexical density, metre regularity and "
                + "imagery, and with standard metrics such as perplexity.";
        String d = describe(entities("Verse Models", text));
        for (String name : List.of("lexical density", "metre regularity", "imagery", "perplexity")) {
            assertTrue(d.contains("metric:" + name), name + " in " + d);
        }
    }

    @Test
    void namesADatasetWordListsAreDatasetsThoughUnknown() {
        String text = "We test RouteMixer on five routing benchmarks, including Harbour Lanes, Kestrel-9, QuayBench and "
                + "Tideway. It is also evaluated on Saltmarsh, Fjordline and Kelp-3, while baselines built on "
                + "Qwen2.5 and Mistral lag behind.";
        String d = describe(entities("RouteMixer for Sea Routes", text));
        // Kelp-3 makes the second list one of names; the model may still read it as a model, by its shape.
        for (String name : List.of("Harbour Lanes", "Kestrel-9", "QuayBench", "Tideway", "Saltmarsh", "Fjordline")) {
            assertTrue(d.contains("dataset:" + name + ":used"), name + " in " + d);
        }
        assertFalse(d.contains("dataset:Mistral"), d);
    }

    @Test
    void proposedMethodDatasetsMetricResultAndCode() {
        String text = "We propose KiteNet, a convolutional architecture whose kernels are pruned to a kite-shaped "
                + "support before training. On ImageNet-1K, KiteNet reaches 81.2% top-1 accuracy with half the FLOPs "
                + "of ResNet-50, and on CIFAR-100 it matches a WideResNet baseline. "
                + "Code is available at https://github.com/example-lab/kitenet.";
        Extraction x = extractor.extract("KiteNet: Sparse Kernels for Fast Image Classification", text);
        List<Entity> e = RESOLVER.resolve(x);
        String d = describe(e);
        assertTrue(d.contains("method:KiteNet:proposed"), d);
        assertTrue(d.contains("method:ResNet-50:used"), d);
        assertTrue(d.contains("method:WideResNet:used"), d);
        assertTrue(d.contains("dataset:ImageNet-1K:used"), d);
        assertTrue(d.contains("dataset:CIFAR-100:used"), d);
        assertTrue(d.contains("metric:top-1 accuracy"), d);
        assertEquals(List.of(new ResultClaim("KiteNet", "ImageNet-1K", "top-1 accuracy", new BigDecimal("81.2"), "%",
                "81.2%", text.indexOf("81.2%"), text.indexOf("81.2%") + 5, 1, false)), x.results());
        assertEquals(List.of("https://github.com/example-lab/kitenet"), x.codeUrls());
        Mention kite = x.mentions().get(0);
        assertEquals("KiteNet", text.substring(kite.begin(), kite.end()));
        assertEquals(Extractor.RULE_PROPOSAL, kite.rule());
    }

    @Test
    void acronymAndLongFormAreOneEntityNamedByTheAcronym() {
        String text = "Training deep networks with local signals remains hard. We introduce Target Projection "
                + "Stochastic Gradient Descent (tpSGD), a layer-wise method that projects targets instead of "
                + "back-propagating errors. With tpSGD, a small network trains on MNIST without a backward pass.";
        List<Entity> e = entities("Local Learning Without Backpropagation", text);
        Entity tp = e.stream().filter(x -> x.label().equals("tpSGD")).findFirst().orElseThrow(() -> new AssertionError(describe(e)));
        assertEquals(EntityType.METHOD, tp.type());
        assertEquals(Role.PROPOSED, tp.role());
        assertEquals(List.of("Target Projection Stochastic Gradient Descent", "tpSGD"), tp.names());
        assertEquals("tpsgd", tp.key());
        assertEquals(3, tp.mentions().size(), "definition, acronym, reuse");
    }

    @Test
    void aModelFamilyStudiedIsOneMethodUnderBothNames() {
        // ANNOTATION.md: a model family named as the thing studied counts as a method; the acronym and its long form
        // are one entity named by the acronym.
        String text = "Large Language Models (LLMs) are widely deployed. We study how LLMs respond to noisy prompts "
                + "and find that prompt tuning with GPT-2 is brittle.";
        String d = describe(entities("On Noisy Prompts", text));
        assertTrue(d.contains("method:LLMs:used:[Large Language Models, LLMs]"), d);
        assertTrue(d.contains("method:prompt tuning:used"), d);
        assertTrue(d.contains("method:GPT-2:used"), d);
    }

    @Test
    void namedDatasetsInAListBeforeTheWordBenchmarks() {
        String text = "We evaluate on the MMLU, GSM8K and ZetaQA benchmarks and report exact match.";
        String d = describe(entities("An Evaluation", text));
        assertTrue(d.contains("dataset:MMLU:used"), d);
        assertTrue(d.contains("dataset:GSM8K:used"), d);
        assertTrue(d.contains("dataset:ZetaQA:used"), d);
        assertTrue(d.contains("metric:exact match"), d);
    }

    @Test
    void stagesAreNamedAndCanBeLeftOut() {
        String text = "Our sampler beats DDIM in terms of wall-clock time and CLIP alignment score, and in terms of FID.";
        assertTrue(extractor.stageNames().containsAll(List.of("gazetteer", "acronym-definition", "crf-ner", "results")),
                extractor.stageNames().toString());
        // stages.properties lists them in run order; results and code links come last.
        assertEquals(List.of("acronym-definition", "gazetteer", "proposal-name", "apposition-name", "comparison-list",
                "dataset-head", "dataset-after-on", "in-terms-of-metric", "task-list", "metric-list", "based-compound", "sized-model", "title-task", "crf-ner", "name-reuse",
                "list-coordination", "title-name", "results", "code-urls"), extractor.stageNames());
        String d = describe(entities("Faster Sampling", text));
        assertTrue(d.contains("metric:wall-clock time:used") && d.contains("method:DDIM:used"), d);
        List<Mention> all = extractor.extract("Faster Sampling", text).mentions();
        assertTrue(all.stream().anyMatch(m -> m.rule().equals("crf-ner")), all.toString());
        List<Mention> noModel = extractor.without("crf-ner").extract("Faster Sampling", text).mentions();
        assertTrue(noModel.stream().noneMatch(m -> m.rule().equals("crf-ner")), noModel.toString());
        assertTrue(noModel.stream().anyMatch(m -> m.rule().equals("gazetteer") && m.text().equals("DDIM")), noModel.toString());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> extractor.without("no-such-stage"));
    }

    @Test
    void versionsStayDistinct() {
        String text = "We compare ResNet-50 and ResNet-101 trained on CIFAR-10.";
        String d = describe(entities("Depth Matters", text));
        assertTrue(d.contains("method:ResNet-50:used") && d.contains("method:ResNet-101:used"), d);
    }

    @Test
    void aMeasureWrittenAfterAValueIsItsMetric() {
        String text = "Distilled into a student, the model needs 12x fewer training steps, has a 41% smaller memory footprint "
                + "and loses 0.8% top-5 error on the held-out split.";
        Extraction x = extractor.extract("Small Students", text);
        List<String> claims = x.results().stream().map(r -> r.text() + " " + r.metric()).toList();
        assertTrue(claims.containsAll(List.of("12x training steps", "41% memory footprint", "0.8% top-5 error")), claims.toString());
        String d = describe(RESOLVER.resolve(x));
        assertTrue(d.contains("metric:memory footprint") && d.contains("metric:training steps"), d);
        assertFalse(d.contains("metric:error:"), "the known metric inside the measure is the measure: " + d);

        String more = "The pruned model adds +1.3% accuracy, keeps a -0.42 correlation between depth and loss, and "
                + "needs 9 GB peak memory and 25% additional wall-clock time.";
        List<String> read = extractor.extract("Small Students", more).results().stream()
                .map(r -> r.text() + " " + r.metric() + " " + r.value().toPlainString() + (r.relative() ? " change" : "")).toList();
        assertTrue(read.containsAll(List.of("+1.3% accuracy 1.3 change", "-0.42 correlation -0.42", "9 GB peak memory 9",
                "25% wall-clock time 25")), read.toString());
    }

    @Test
    void aWordOfChangeAfterTheMetricMakesTheValueAChangeOfIt() {
        String text = "On the mooring logs, our planner gives a 37% latency reduction and a 12.5% throughput improvement.";
        Extraction x = extractor.extract("Mooring Plans", text);
        List<String> read = x.results().stream().map(r -> r.text() + " " + r.metric() + (r.relative() ? " change" : "")).toList();
        assertTrue(read.containsAll(List.of("37% latency change", "12.5% throughput change")), read.toString());
        String d = describe(RESOLVER.resolve(x));
        assertFalse(d.contains("reduction") || d.contains("improvement"), d);

        Extraction fid = extractor.extract("Mooring Plans", "The sampler reaches FID scores of 2.17/3.05 on the two "
                + "harbour sets, with D=1024/256.");
        List<String> values = fid.results().stream().map(r -> r.text() + " " + r.metric()).toList();
        assertEquals(List.of("2.17 Fréchet Inception Distance", "3.05 Fréchet Inception Distance"), values);

        Extraction sizes = extractor.extract("Mooring Plans", "The planner needs 2.4G FLOPs and 31M parameters, keeps a 64K "
                + "context length, uses three times less memory and runs twice as fast as the 3B planner.");
        List<String> said = sizes.results().stream().map(r -> r.text() + " " + r.metric() + " " + r.value().toPlainString()
                + " " + r.unit()).toList();
        assertEquals(List.of("2.4G FLOPs 2.4 G", "64K context length 64 K", "three times memory 3 x", "twice speedup 2 x"), said);

        Extraction coordinated = extractor.extract("Mooring Plans", "The planner reaches 91.2% CIFAR-10 top-1 accuracy, and 0.4% "
                + "and 1.1% higher top-1 accuracy than the two baselines.");
        List<String> both = coordinated.results().stream().map(r -> r.text() + " " + r.metric()).toList();
        assertEquals(List.of("91.2% top-1 accuracy", "0.4% top-1 accuracy", "1.1% top-1 accuracy"), both);
    }

    @Test
    void tasksAndMetricsKeepTheWordsThatNarrowThem() {
        String text = "We study multilingual machine translation and report test accuracy of the language identifier "
                + "together with complex machine translation baselines.";
        String d = describe(entities("Many Languages", text));
        assertTrue(d.contains("task:multilingual machine translation:"), d);
        assertTrue(d.contains("metric:test accuracy:"), d);
        assertFalse(d.contains("complex machine translation"), "an evaluative word does not narrow a task: " + d);
        Entity test = new Resolver(extractor).resolve(extractor.extract("Many Languages", text)).stream()
                .filter(e -> e.label().equals("test accuracy")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, test.higherIsBetter(), "a qualified accuracy is still better higher");
    }

    @Test
    void knownNamesWrittenWithOtherCaseOrHyphensAreTheKnownEntity() {
        String text = "Math problems aside, we train Resnet-50 on Cifar10 and ImageNet 1K and compare with GPT4o.";
        String d = describe(entities("Loose Spelling", text));
        assertTrue(d.contains("method:ResNet-50:") && d.contains("method:GPT-4o:"), d);
        assertTrue(d.contains("dataset:CIFAR-10:") && d.contains("dataset:ImageNet-1K:"), d);
        assertFalse(d.contains("MATH"), "a capital that starts a sentence does not make a word a name: " + d);
    }

    @Test
    void listMembersOfSeveralWords() {
        String d = describe(entities("Listed", "We compare GPT-4, Claude 3 Opus and Gemini Pro on MMLU and Penn Treebank."));
        assertTrue(d.contains("method:Claude 3 Opus:") && d.contains("method:Gemini Pro:"), d);
        assertTrue(d.contains("dataset:Penn Treebank:"), d);
    }

    @Test
    void aNameSetBesideABenchmarkIsADatasetAndAUrlIsNoEntity() {
        String text = "We present ZEROSCALE, a multilingual benchmark designed to evaluate long-context models across 26 "
                + "languages. ZEROSCALE extends earlier tests; data at https://example.org/zeroscale/data.";
        String d = describe(entities("Weighing Long Inputs", text));
        assertTrue(d.contains("dataset:ZEROSCALE:proposed"), d);
        assertFalse(d.contains("method:ZEROSCALE"), d);
        assertFalse(d.contains("://"), "a URL is a code link, no entity: " + d);
    }
}
