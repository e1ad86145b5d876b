package org.paperkg.extract;

import org.paperkg.extract.stage.Document;
import org.paperkg.extract.stage.DocumentStage;
import org.paperkg.extract.stage.GazetteerNames;
import org.paperkg.extract.stage.Rules;
import org.paperkg.extract.stage.Sentence;
import org.paperkg.extract.stage.SentenceStage;
import org.paperkg.extract.stage.Stage;
import org.paperkg.extract.stage.StageConfig;
import org.paperkg.extract.stage.StageSettings;
import org.paperkg.model.Extraction;
import org.paperkg.model.Role;
import org.paperkg.model.ResultClaim;
import org.paperkg.model.Mention;
import org.paperkg.model.EntityType;
import org.paperkg.model.RegistryLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The extract stage: finds mentions of methods, datasets, metrics and tasks, reported results and code
 * links in a paper's title and abstract. One instance holds the one CoreNLP pipeline and may be shared by
 * threads. The stages that find mentions are named classes of {@code org.paperkg.extract.stage}, listed in run order
 * with their settings in {@code stages.properties}; the name travels with every mention a stage makes as provenance.
 * This class runs them and settles what they find: one mention per place, weak types yielding to sure ones, sizes and
 * qualifiers, the title's names.
 */
public final class Extractor implements org.paperkg.model.Knowledge {
    static final String TOKENIZE_OPTIONS = "splitHyphenated=false,invertible=true,ptb3Escaping=false";

    public static final String RULE_GAZETTEER = "gazetteer";
    /** A name of an entity stored before (defined in an earlier paper), found again. */
    public static final String RULE_KNOWN_NAME = GazetteerNames.KNOWN_NAME;
    public static final String RULE_ACRONYM = "acronym-definition";
    public static final String RULE_NAME_REUSE = "name-reuse";
    public static final String RULE_PROPOSAL = "proposal-name";
    public static final String RULE_APPOSITION = "apposition-name";
    public static final String RULE_COMPARISON = "comparison-list";
    public static final String RULE_DATASET_HEAD = "dataset-head";
    public static final String RULE_DATASET_ON = "dataset-after-on";
    public static final String RULE_TITLE_NAME = "title-name";
    public static final String RULE_TITLE_TASK = "title-task";
    public static final String RULE_IN_TERMS_OF = "in-terms-of-metric";
    public static final String RULE_TASK_LIST = "task-list";
    public static final String RULE_METRIC_LIST = "metric-list";
    public static final String RULE_LIST = "list-coordination";
    /** The trained sequence model (a CoreNLP CRFClassifier, {@link CrfNer}). */
    public static final String RULE_CRF = "crf-ner";
    /** The document stages, in the order of the places {@link #extract} runs them at. */
    private static final List<String> DOCUMENT_STAGES = List.of(RULE_NAME_REUSE, RULE_LIST, RULE_TITLE_NAME);

    /** A name with a version part: "ResNet-50", "Llama 2", "YOLOv4", "DiT-XL", "ViT-B", "ImageNet-1K". */
    private static final Pattern VERSIONED = Pattern.compile(
            "(.+?)(?:[- ](?:v?\\d+(?:\\.\\d+)*[A-Za-z]{0,2}|XL|XXL|[SBLHG]|Large|Base|Small|Tiny|Huge|Mini|Pro|Plus)|v\\d+(?:\\.\\d+)?)");
    /** Any web address, and the hosts of code written without a scheme ("github.com/org/repo"). */
    private static final Pattern CODE_URL = Pattern.compile(
            "(?i)\\bhttps?://[^\\s\"'<>()\\[\\]{},;]+|\\b(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co|codeberg\\.org)/[^\\s\"'<>()\\[\\]{},;]+");

    /**
     * LaTeX's unbreakable space between words, "Model~(RAM++)", "Table~2": a space, so that no name ends in a tilde. One
     * character for one keeps every offset; a tilde after a slash (a URL's "/~user") stays.
     */
    private static final Pattern LATEX_SPACE = Pattern.compile("(?<=[\\p{L}\\p{N}).,])~(?=[\\p{L}\\p{N}(\\[])");

    /** Document-level stages: they read the whole abstract (and title) rather than one sentence. */
    public static final String STAGE_RESULTS = "results";
    public static final String STAGE_CODE = "code-urls";
    /** Not a stage but what they all read: CoreNLP's tokens, sentences and tags of the abstract. */
    public static final String CORENLP = "corenlp";

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final Cues cues;
    private final ResultFinder resultFinder;
    /** The trained crf-ner model, or null when the build ships none. */
    private final CrfNer crf;
    /** The stages and their settings ({@code stages.properties}). */
    private final StageConfig config;
    /** What the stages share, with this extractor's gazetteer. */
    private final Rules rules;
    /** The sentence stages by name, in the order they run. */
    private final Map<String, SentenceStage> sentenceStages = new LinkedHashMap<>();
    /** The document stages by name, in the order they run. */
    private final Map<String, DocumentStage> documentStages = new LinkedHashMap<>();
    /** The stages marked weak: their type yields to a sure stage's for the same name ({@link #retypeWeak}). */
    private final Set<String> weak;
    /** Stages switched off: by {@code stages.properties} ({@code NAME.enabled = false}) or by {@link #without}. */
    private final Set<String> off;
    private final StageClock clock;

    public Extractor() {
        // The crf-ner model takes about as long to read as CoreNLP's tagger and the gazetteer together: read at once.
        java.util.concurrent.FutureTask<CrfNer> crfLoad = new java.util.concurrent.FutureTask<>(CrfNer::loadShipped);
        Thread crfLoader = new Thread(crfLoad, "paperkg-crf-load");
        crfLoader.setDaemon(true);
        crfLoader.start();
        nlp = new Nlp("corenlp.properties");
        gazetteer = Gazetteer.load("gazetteer.tsv", TOKENIZE_OPTIONS);
        cues = Cues.load("cues.properties");
        resultFinder = new ResultFinder(cues);
        crf = loaded(crfLoad);
        config = stageConfig();
        weak = config.stages().stream().filter(StageSettings::weak).map(StageSettings::name).collect(Collectors.toUnmodifiableSet());
        rules = new Rules(cues, gazetteer, crf);
        buildStages();
        off = new HashSet<>(config.disabled());
        clock = new StageClock();
    }

    private static CrfNer loaded(java.util.concurrent.FutureTask<CrfNer> load) {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the crf-ner model loaded", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot load the crf-ner model", e.getCause());
        }
    }

    private Extractor(Extractor base, Gazetteer gazetteer, Set<String> off) {
        this.nlp = base.nlp;
        this.cues = base.cues;
        this.resultFinder = base.resultFinder;
        this.crf = base.crf;
        this.config = base.config;
        this.weak = base.weak;
        this.gazetteer = gazetteer;
        this.rules = new Rules(cues, gazetteer, crf);
        this.off = off;
        this.clock = base.clock;
        buildStages();
    }

    /** The stages of {@code stages.properties}, each made by its class with this extractor's {@link Rules}. */
    private void buildStages() {
        for (Stage stage : config.build(rules)) {
            if (stage instanceof SentenceStage s) {
                sentenceStages.put(s.name(), s);
            } else if (stage instanceof DocumentStage d && DOCUMENT_STAGES.contains(d.name())) {
                documentStages.put(d.name(), d);
            } else {
                throw new IllegalStateException("stages.properties: " + stage.name() + " is no sentence stage, nor a document stage"
                        + " the extractor has a place for " + DOCUMENT_STAGES);
            }
        }
    }

    /** Every stage's name, in the order they run: the sentence stages, then those that read the whole abstract. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>(sentenceStages.keySet());
        names.addAll(documentStages.keySet());
        names.addAll(List.of(STAGE_RESULTS, STAGE_CODE));
        return names;
    }

    /** This extractor with one more stage left out: {@code evaluate --ablate} measures what each stage adds. */
    public Extractor without(String stage) {
        if (!stageNames().contains(stage)) {
            throw new IllegalArgumentException("no extraction stage is called " + stage + "; stages: " + stageNames());
        }
        Set<String> fewer = new HashSet<>(off);
        fewer.add(stage);
        return new Extractor(this, gazetteer, fewer);
    }

    /**
     * The thread time each stage has taken since this extractor (or the one it derives from) was made or its clock
     * reset, in nanoseconds; first {@link #CORENLP}, the pipeline every stage reads (the title's excepted).
     */
    public Map<String, Long> stageNanos() {
        List<String> names = new ArrayList<>(List.of(CORENLP));
        names.addAll(stageNames());
        return clock.snapshot(names);
    }

    public void resetStageClock() {
        clock.reset();
    }

    private boolean on(String stage) {
        return !off.contains(stage);
    }

    /** The stages and their settings ({@code stages.properties}). */
    private static StageConfig stageConfig() {
        try (java.io.InputStream in = Extractor.class.getResourceAsStream("stages.properties")) {
            if (in == null) {
                throw new IllegalStateException("cannot read the resource stages.properties");
            }
            return StageConfig.read(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the resource stages.properties", e);
        }
    }

    Nlp nlp() {
        return nlp;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * This extractor knowing, besides the registry, the names of entities stored before: given per type, canonical
     * label to all its names. Only names that look like names (a capital after the first letter, or a digit; three
     * characters or more) are taken, and they match with their case, so that "SKP" or "Sparse Kite Pooling" defined
     * in one paper is found in the next without a cue, while everyday words are not.
     */
    public Extractor withKnownNames(Map<EntityType, Map<String, Set<String>>> stored) {
        Map<Gazetteer.Entry, List<String>> names = new java.util.LinkedHashMap<>();
        stored.forEach((type, byLabel) -> byLabel.forEach((label, all) -> {
            List<String> usable = all.stream().filter(Extractor::looksLikeAName).sorted().toList();
            if (!usable.isEmpty()) {
                names.put(new Gazetteer.Entry(type, label, true), usable);
            }
        }));
        return new Extractor(this, gazetteer.withStored(names), off);
    }

    private static boolean looksLikeAName(String name) {
        return name.length() >= 3 && (Gazetteer.hasInnerCapital(name) || name.chars().anyMatch(Character::isDigit))
                && name.chars().anyMatch(Character::isLetter);
    }

    /** The external identifiers of the registry ({@code gazetteer.tsv}, fifth column), one per entity and target. */
    public List<RegistryLink> registryLinks() {
        List<RegistryLink> out = new ArrayList<>();
        gazetteer.links().forEach((entry, curies) -> {
            for (String curie : curies) {
                int colon = curie.indexOf(':');
                out.add(new RegistryLink(entry.type(), entry.label(), curie.substring(0, colon), curie.substring(colon + 1)));
            }
        });
        return out;
    }

    public Extraction extract(String title, String rawAbstract) {
        String abstractText = LATEX_SPACE.matcher(rawAbstract).replaceAll(" ");
        List<List<Token>> sentences = new ArrayList<>();
        clock.time(CORENLP, () -> sentences.addAll(nlp.sentences(abstractText)));
        Document document = new Document(title, abstractText, sentences);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> s = sentences.get(i);
            Sentence x = new Sentence(abstractText, s, i, rules.proposalVerb(s), gazetteer.matches(s), false);
            sentenceStages.forEach((name, stage) -> {
                if (on(name)) {
                    clock.time(name, () -> stage.find(x, found));
                }
            });
        }
        runDocumentStage(RULE_NAME_REUSE, document, found);
        found.removeIf(this::isJunk);
        found.replaceAll(this::withoutChangeWord);
        found.replaceAll(this::measureAsMetric);
        List<Mention> settled = settle(withQualifiers(abstractText, sentences, withVersions(abstractText, sentences, withSizes(abstractText, sentences, retypeWeak(found)))));
        if (runDocumentStage(RULE_LIST, document, settled)) {
            settled = settle(settled);
        }
        List<Mention> mentions = settled;   // effectively final, for the results stage below
        runDocumentStage(RULE_TITLE_NAME, document, mentions);
        List<Mention> all = new ArrayList<>(mentions);
        String ownName = title.indexOf(':') > 0 ? title.substring(0, title.indexOf(':')).strip() : null;
        // A phrase the model finds in the title counts where the abstract uses it too: title case misleads the model
        // ("Making Deep Neural Networks Compact"), and what a paper is about recurs in its abstract.
        String lowerAbstract = abstractText.toLowerCase(Locale.ROOT);
        titleMentions(title).stream().filter(m -> !m.text().equals(ownName) && !isJunk(m))
                .filter(m -> !m.rule().equals(RULE_CRF) || lowerAbstract.contains(m.text().toLowerCase(Locale.ROOT)))
                .forEach(all::add);
        List<ResultClaim> results = new ArrayList<>();
        if (on(STAGE_RESULTS)) {
            List<Mention> measured = new ArrayList<>();
            clock.time(STAGE_RESULTS, () -> results.addAll(resultFinder.find(abstractText, sentences, mentions, measured)));
            all.removeIf(m -> measured.stream().anyMatch(m::overlaps));   // "accuracy" within "zero-shot accuracy"
            all.addAll(measured);
        }
        List<String> code = new ArrayList<>();
        if (on(STAGE_CODE)) {
            clock.time(STAGE_CODE, () -> code.addAll(codeUrls(rawAbstract)));
        }
        return new Extraction(all, results, code);
    }

    /** Runs the document stage {@code name} over {@code mentions} unless it is off; whether it ran. */
    private boolean runDocumentStage(String name, Document document, List<Mention> mentions) {
        DocumentStage stage = documentStages.get(name);
        if (stage == null || !on(name)) {
            return false;
        }
        clock.time(name, () -> stage.apply(document, mentions));
        return true;
    }

    /** Known names in the title: tasks and methods are often named there and nowhere else. */
    private List<Mention> titleMentions(String title) {
        List<Mention> out = new ArrayList<>();
        List<List<Token>> sentences = nlp.sentences(title);
        List<Mention> model = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence x = new Sentence(title, sentences.get(i), i, -1, gazetteer.matches(sentences.get(i)), true);
            findInTitle(RULE_GAZETTEER, x, out);
            findInTitle(RULE_TITLE_TASK, x, out);
            findInTitle(RULE_CRF, x, model);
        }
        // Title case misleads the model ("Fast Image Classification"): there a known name wins over any span it overlaps.
        List<Mention> kept = new ArrayList<>(settle(out));
        settle(model).stream().filter(m -> kept.stream().noneMatch(k -> k.overlaps(m))).forEach(kept::add);
        kept.sort(Comparator.comparingInt(Mention::begin));
        return kept;
    }

    private void findInTitle(String name, Sentence x, List<Mention> out) {
        SentenceStage stage = sentenceStages.get(name);
        if (stage != null && on(name)) {
            stage.find(x, out);
        }
    }

    /** "a 1,200-problem benchmark", "4timesRTX": a count glued to a word names no dataset. */
    private static final Pattern COUNT_NAME = Pattern.compile("\\d[\\d,.]*(?:-|times|x)\\S*");

    /** Organisations and hosts (OpenAI, GitHub) are no entity of a paper's, nor is a URL (a code link); a count is no dataset. */
    private boolean isJunk(Mention m) {
        return cues.notEntities().contains(m.text()) || m.text().contains("://")
                || m.type() == EntityType.DATASET && COUNT_NAME.matcher(m.text()).matches();
    }

    /** The words that say a measure changed: "a 37% latency reduction" reports a latency. */
    private static final Pattern CHANGE_WORD = Pattern.compile(
            "\\s+(?:reductions?|improvements?|increases?|decreases?|gains?|drops?|boosts?|acceleration|degradation)$");

    /**
     * "effective accuracy", "concordance correlation coefficient": a name of two or more words that the model typed
     * otherwise but ends in a word naming a measure (metric.heads) is a metric; in the train annotations every such name
     * is one.
     */
    private Mention measureAsMetric(Mention m) {
        if (m.type() == EntityType.METRIC || m.canonical() != null || !m.rule().equals(RULE_CRF)) {
            return m;
        }
        String[] words = m.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
        String last = words[words.length - 1];
        boolean measure = cues.metricHeads().contains(last)
                || last.endsWith("s") && cues.metricHeads().contains(last.substring(0, last.length() - 1));
        return words.length >= 2 && measure ? m.withType(EntityType.METRIC) : m;
    }

    /** A known metric's name with "score" after it: "FID scores of 1.91", "a BLEU-4 score of 31". */
    private static final Pattern SCORE_WORD = Pattern.compile("\\s+scores?$");

    /**
     * "latency reduction" as the metric latency: the change is the result's, not part of what is measured; "FID scores"
     * as the known metric FID.
     */
    private Mention withoutChangeWord(Mention m) {
        if (m.type() != EntityType.METRIC) {
            return m;
        }
        Matcher c = CHANGE_WORD.matcher(m.text());
        int cut = c.find() ? c.start() : -1;
        Matcher score = SCORE_WORD.matcher(m.text());
        if (cut < 0 && score.find() && score.start() > 0) {
            String stem = m.text().substring(0, score.start());
            Gazetteer.Entry known = gazetteer.lookup(stem);
            cut = known != null && known.type() == EntityType.METRIC ? score.start() : -1;
        }
        if (cut <= 0) {
            return m;
        }
        return new Mention(m.type(), m.text().substring(0, cut), m.begin(), m.begin() + cut, m.sentence(),
                m.role(), m.rule(), m.confidence(), m.canonical(), m.definedAs(), m.inTitle());
    }

    /** A size or variant written after a model's name: "7B", "8x7B", "1.5B", "mini", "Turbo", "XL". */
    private static final Pattern SIZE_SUFFIX = Pattern.compile(
            "\\d+(?:\\.\\d+)?[BMK]|\\d+x\\d+B|mini|Mini|Turbo|Plus|Pro|XL|XXL|Large|Base|Small|Tiny|Huge|Instruct|Chat");

    /**
     * "GPT-4o mini", "T5 11B", "Qwen2.5 72B": a method's name goes on over the size or variant written after it, which
     * makes it another model than the name alone.
     */
    private List<Mention> withSizes(String abstractText, List<List<Token>> sentences, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Mention extended = m;
            if (m.type() == EntityType.METHOD && !m.inTitle()) {
                List<Token> s = sentences.get(m.sentence());
                for (int k = 0; k + 1 < s.size(); k++) {
                    Token next = s.get(k + 1);
                    if (s.get(k).end() == m.end() && SIZE_SUFFIX.matcher(next.word()).matches()
                            && next.begin() - m.end() <= 1 && (k + 2 >= s.size() || !SIZE_SUFFIX.matcher(s.get(k + 2).word()).matches())) {
                        extended = new Mention(m.type(), abstractText.substring(m.begin(), next.end()), m.begin(), next.end(),
                                m.sentence(), m.role(), m.rule(),
                                m.confidence(), null, m.definedAs(), false);
                    }
                }
            }
            out.add(extended);
        }
        return out;
    }

    /** A year after a dataset's name is more often the edition's date ("COCO 2017") than its name: left alone. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A version written after a dataset's name: "2.0", "11", "v2". */
    private static final Pattern VERSION = Pattern.compile("v?\\d+(?:\\.\\d+)*");
    /** A known dataset's name and a version glued on: "CIFAR-10.1", "MovieLens-v2". */
    private static final Pattern GLUED_VERSION = Pattern.compile("(.+?)(?:\\.\\d+|-v\\d+(?:\\.\\d+)*)");

    /**
     * "AlpacaEval 2.0", "NTU Mutual 26", "CIFAR-10.1": a dataset's name goes on over the version written after it (not
     * over a resolution, "FFHQ 64x64", nor a count, "CIFAR-10 100 epochs"), which
     * makes it another dataset than the name alone; a known dataset's name with a version glued on is a dataset, whatever
     * type the model read.
     */
    private List<Mention> withVersions(String abstractText, List<List<Token>> sentences, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Mention extended = m;
            Matcher glued = GLUED_VERSION.matcher(m.text());
            if (m.type() != EntityType.DATASET && m.canonical() == null && glued.matches()) {
                String stem = glued.group(1);
                Gazetteer.Entry known = gazetteer.lookup(stem);
                if (known != null && known.type() == EntityType.DATASET && !known.fromStore()) {
                    extended = m.withType(EntityType.DATASET);
                }
            } else if (m.type() == EntityType.DATASET && !m.inTitle()) {
                List<Token> s = sentences.get(m.sentence());
                for (int k = 0; k + 1 < s.size(); k++) {
                    Token next = s.get(k + 1);
                    String after = k + 2 < s.size() ? s.get(k + 2).lower() : "";
                    if (s.get(k).end() == m.end() && next.begin() - m.end() == 1 && VERSION.matcher(next.word()).matches()
                            && !cues.resultCountNouns().contains(after) && !VERSION.matcher(after).matches()
                            && !after.equals("%") && !YEAR.matcher(next.word()).matches()
                            && (next.end() == abstractText.length() || " ,.;:)".indexOf(abstractText.charAt(next.end())) >= 0)) {
                        extended = new Mention(m.type(), abstractText.substring(m.begin(), next.end()), m.begin(), next.end(),
                                m.sentence(), m.role(), m.rule(), m.confidence(), null, m.definedAs(), false);
                    }
                }
            }
            out.add(extended);
        }
        return out;
    }

    /**
     * "neural theorem proving", "multimodal semantic segmentation", "few-shot image classification": a task goes on
     * leftwards over the lower-case words that narrow it, as the abstract phrases the task it works on; a metric over
     * the words that say on what split, in what setting or how averaged it is measured ("test accuracy").
     */
    private List<Mention> withQualifiers(String abstractText, List<List<Token>> sentences, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Mention extended = m;
            if ((m.type() == EntityType.TASK || m.type() == EntityType.METRIC) && !m.inTitle()) {
                List<Token> s = sentences.get(m.sentence());
                int k = 0;
                while (k < s.size() && s.get(k).begin() < m.begin()) {
                    k++;
                }
                int first = k;
                while (first > 0 && k - first < 2 && k < s.size() && s.get(k).begin() == m.begin() && isQualifier(s.get(first - 1), m.type())) {
                    first--;
                }
                int begin = s.get(Math.min(first, s.size() - 1)).begin();
                if (first < k && found.stream().noneMatch(o -> o != m && !o.inTitle() && o.begin() < m.begin() && o.end() > begin)) {
                    extended = new Mention(m.type(), abstractText.substring(begin, m.end()), begin, m.end(), m.sentence(), m.role(),
                            m.rule(), m.confidence(), null, m.definedAs(), false);
                }
            }
            out.add(extended);
        }
        return out;
    }

    private boolean isQualifier(Token t, EntityType type) {
        return (t.tag().startsWith("JJ") || t.tag().startsWith("NN")) && t.word().equals(t.lower()) && rules.isTaskWord(t)
                && (type == EntityType.METRIC ? cues.metricQualifiers().contains(t.lower()) : !cues.notNarrowing().contains(t.lower()));
    }

    /**
     * A name that a sure rule types (acronym, proposal, apposition, gazetteer) keeps that type where a weak rule
     * (marked {@code weak} in {@code stages.properties}: a comparison list, a name after "on") saw it as something else:
     * "On MVTec AD, FlowPatch reaches …".
     */
    private List<Mention> retypeWeak(List<Mention> found) {
        Map<String, Mention> sure = new HashMap<>();
        for (Mention m : found) {
            if (!weak.contains(m.rule())) {
                sure.merge(m.text(), m, (a, b) -> a.role() == Role.PROPOSED ? a : b);
            }
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Mention s = sure.get(m.text());
            Gazetteer.Entry family = m.canonical() == null ? familyEntry(m.text()) : null;
            if (weak.contains(m.rule()) && s != null) {
                out.add(m.withType(s.type()).withRole(s.role()));
            } else if (family != null && family.type() != m.type() && m.role() == Role.USED) {
                out.add(m.withType(family.type()));   // "evaluations on LLaMA-1": a version of a known method
            } else {
                out.add(m);
            }
        }
        return out;
    }

    // ---- code links -------------------------------------------------------------------------------------

    private static List<String> codeUrls(String text) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = CODE_URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.:]+$", "");
            urls.add(url.regionMatches(true, 0, "http", 0, 4) ? url : "https://" + url);
        }
        return List.copyOf(urls);
    }

    /** For a known metric, whether a higher value is the better result; null when the gazetteer does not say. */
    @Override
    public Boolean higherIsBetter(String label) {
        // "test accuracy", "zero-shot accuracy": a qualified metric goes the way of the known metric it ends with.
        String[] words = label.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            Boolean known = gazetteer.higherIsBetter(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    /**
     * The family a versioned name belongs to, when the family is a known name: ResNet-50 → ResNet, Llama 2 → LLaMA,
     * YOLOv4 → YOLO, BLIP-2 → BLIP. Null when the name has no version part or its base is unknown.
     */
    @Override
    public String familyOf(String label) {
        Gazetteer.Entry e = familyEntry(label);
        return e == null || e.label().equals(label) ? null : e.label();
    }

    private Gazetteer.Entry familyEntry(String label) {
        Matcher m = VERSIONED.matcher(label);
        if (!m.matches()) {
            return null;
        }
        String base = m.group(1);
        List<Token> tokens = new ArrayList<>();
        for (String w : base.split(" ")) {
            tokens.add(new Token(w, w, "NNP", 0, 0));
        }
        Gazetteer.Entry e = gazetteer.lookup(tokens);
        return e == null || e.label().equals(label) ? null : e;
    }

    /**
     * One mention per place: where spans overlap the longer wins; among equal spans a rule wins over the model (a rule
     * knows the curated type and the acronym's long form), then the surer one. A proposed role found by any is kept.
     */
    private static List<Mention> settle(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.end() - m.begin()).reversed()
                .thenComparing(m -> m.rule().equals(RULE_CRF))
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            Mention clash = kept.stream().filter(k -> k.overlaps(m)).findFirst().orElse(null);
            if (clash == null) {
                kept.add(m);
            } else if (m.role() == Role.PROPOSED && clash.role() != Role.PROPOSED
                    && clash.begin() == m.begin() && clash.end() == m.end() && clash.type() == m.type()) {
                kept.set(kept.indexOf(clash), clash.withRole(Role.PROPOSED));
            }
        }
        kept.sort(Comparator.comparingInt(Mention::begin));
        return kept;
    }
}
