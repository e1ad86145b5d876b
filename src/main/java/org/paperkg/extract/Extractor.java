package org.paperkg.extract;

import org.paperkg.model.Knowledge;
import org.paperkg.model.Extraction;
import org.paperkg.model.Role;
import org.paperkg.model.ResultClaim;
import org.paperkg.model.Mention;
import org.paperkg.model.EntityType;
import org.paperkg.model.RegistryLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extract stage: finds mentions of methods, datasets, metrics and tasks, reported results and code
 * links in a paper's title and abstract. One instance holds the one CoreNLP pipeline and may be shared by
 * threads. Each rule is named; the name travels with every mention it makes as provenance.
 */
public final class Extractor implements org.paperkg.model.Knowledge {
    static final String TOKENIZE_OPTIONS = "splitHyphenated=false,invertible=true,ptb3Escaping=false";

    public static final String RULE_GAZETTEER = "gazetteer";
    /** A name of an entity stored before (defined in an earlier paper), found again. */
    public static final String RULE_KNOWN_NAME = "known-name";
    public static final String RULE_ACRONYM = "acronym-definition";
    public static final String RULE_NAME_REUSE = "name-reuse";
    public static final String RULE_PROPOSAL = "proposal-name";
    public static final String RULE_APPOSITION = "apposition-name";
    public static final String RULE_COMPARISON = "comparison-list";
    public static final String RULE_DATASET_HEAD = "dataset-head";
    public static final String RULE_DATASET_ON = "dataset-after-on";
    public static final String RULE_TITLE_NAME = "title-name";
    public static final String RULE_IN_TERMS_OF = "in-terms-of-metric";
    public static final String RULE_TASK_LIST = "task-list";
    public static final String RULE_METRIC_LIST = "metric-list";
    public static final String RULE_LIST = "list-coordination";
    /** The trained sequence model (a CoreNLP CRFClassifier, {@link CrfNer}). */
    public static final String RULE_CRF = "crf-ner";

    /** Sizes and dimensions (3D, 20K, 7B, 128k) are name-shaped but name nothing. */
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[A-Za-z]{1,2}|\\d+-[a-z]+|[a-z]-[a-z]+");
    /** A name with a version part: "ResNet-50", "Llama 2", "YOLOv4", "DiT-XL", "ViT-B", "ImageNet-1K". */
    private static final Pattern VERSIONED = Pattern.compile(
            "(.+?)(?:[- ](?:v?\\d+(?:\\.\\d+)*[A-Za-z]{0,2}|XL|XXL|[SBLHG]|Large|Base|Small|Tiny|Huge|Mini|Pro|Plus)|v\\d+(?:\\.\\d+)?)");
    /** Any web address, and the hosts of code written without a scheme ("github.com/org/repo"). */
    private static final Pattern CODE_URL = Pattern.compile(
            "(?i)\\bhttps?://[^\\s\"'<>()\\[\\]{},;]+|\\b(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co|codeberg\\.org)/[^\\s\"'<>()\\[\\]{},;]+");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "both", "as", "well");

    /** Document-level stages: they read the whole abstract (and title) rather than one sentence. */
    public static final String STAGE_RESULTS = "results";
    public static final String STAGE_CODE = "code-urls";
    /** Not a stage but what they all read: CoreNLP's tokens, sentences and tags of the abstract. */
    public static final String CORENLP = "corenlp";

    /**
     * One sentence as the sentence stages read it: the index of the paper's proposal verb in it (or -1), and the
     * gazetteer's matches, which the gazetteer stage turns into mentions and the model reads as features.
     */
    private record Sentence(String text, List<Token> tokens, int index, int proposalVerb, List<Gazetteer.Match> known) {
    }

    /** A named step of extraction over one sentence of the abstract; it adds the mentions it finds. */
    @FunctionalInterface
    private interface SentenceStage {
        void find(Sentence s, List<Mention> out);
    }

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final Cues cues;
    private final ResultFinder resultFinder;
    /** The trained crf-ner model, or null when the build ships none. */
    private final CrfNer crf;
    /** Per type, the least confidence a crf-ner mention needs ({@code stages.properties}). */
    private final Map<EntityType, Double> crfMinConfidence;
    /** The sentence stages by name, in the order they run. */
    private final Map<String, SentenceStage> sentenceStages = new java.util.LinkedHashMap<>();
    /** Stages switched off: by {@code stages.properties} ({@code NAME.enabled = false}) or by {@link #without}. */
    private final Set<String> off;
    private final StageClock clock;

    public Extractor() {
        nlp = new Nlp("corenlp.properties");
        gazetteer = Gazetteer.load("gazetteer.tsv", TOKENIZE_OPTIONS);
        cues = Cues.load("cues.properties");
        resultFinder = new ResultFinder(cues);
        crf = CrfNer.loadShipped();
        java.util.Properties settings = stageSettings();
        crfMinConfidence = new java.util.EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            crfMinConfidence.put(t, Double.parseDouble(settings.getProperty(RULE_CRF + ".min-confidence." + t.path(), "0").strip()));
        }
        registerStages();
        off = new HashSet<>();
        for (String name : stageNames()) {
            if (settings.getProperty(name + ".enabled", "true").strip().equals("false")) {
                off.add(name);
            }
        }
        clock = new StageClock();
    }

    private Extractor(Extractor base, Gazetteer gazetteer, Set<String> off) {
        this.nlp = base.nlp;
        this.cues = base.cues;
        this.resultFinder = base.resultFinder;
        this.crf = base.crf;
        this.crfMinConfidence = base.crfMinConfidence;
        this.gazetteer = gazetteer;
        this.off = off;
        this.clock = base.clock;
        registerStages();
    }

    /** The sentence stages, each under the name its mentions record as their rule. */
    private void registerStages() {
        sentenceStages.put(RULE_ACRONYM, (x, out) -> acronymDefinitions(x.text(), x.tokens(), x.index(), x.proposalVerb(), out));
        sentenceStages.put(RULE_GAZETTEER, (x, out) -> gazetteerMatches(x.text(), x.tokens(), x.known(), x.index(), false, out));
        sentenceStages.put(RULE_PROPOSAL, (x, out) -> proposedNames(x.tokens(), x.index(), x.proposalVerb(), out));
        sentenceStages.put(RULE_APPOSITION, (x, out) -> appositions(x.tokens(), x.index(), out));
        sentenceStages.put(RULE_COMPARISON, (x, out) -> comparisons(x.tokens(), x.index(), out));
        sentenceStages.put(RULE_DATASET_HEAD, (x, out) -> datasetHeads(x.text(), x.tokens(), x.index(), x.proposalVerb(), out));
        sentenceStages.put(RULE_DATASET_ON, (x, out) -> datasetsAfterOn(x.text(), x.tokens(), x.index(), out));
        sentenceStages.put(RULE_IN_TERMS_OF, (x, out) -> metricsInTermsOf(x.text(), x.tokens(), x.index(), out));
        sentenceStages.put(RULE_TASK_LIST, (x, out) -> taskLists(x.text(), x.tokens(), x.index(), out));
        sentenceStages.put(RULE_METRIC_LIST, (x, out) -> metricLists(x.text(), x.tokens(), x.index(), out));
        sentenceStages.put(RULE_CRF, (x, out) -> modelNames(x.text(), x.tokens(), x.known(), x.index(), x.proposalVerb(), false, out));
    }

    /** Every stage's name, in the order they run: the sentence stages, then those that read the whole abstract. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>(sentenceStages.keySet());
        names.addAll(List.of(RULE_NAME_REUSE, RULE_LIST, RULE_TITLE_NAME, STAGE_RESULTS, STAGE_CODE));
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

    /** The stages' settings ({@code stages.properties}). */
    private static java.util.Properties stageSettings() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Extractor.class.getResourceAsStream("stages.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the resource stages.properties", e);
        }
        return p;
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

    public Extraction extract(String title, String abstractText) {
        List<List<Token>> sentences = new ArrayList<>();
        clock.time(CORENLP, () -> sentences.addAll(nlp.sentences(abstractText)));
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> s = sentences.get(i);
            Sentence x = new Sentence(abstractText, s, i, proposalVerb(s), gazetteer.matches(s));
            sentenceStages.forEach((name, stage) -> {
                if (on(name)) {
                    clock.time(name, () -> stage.find(x, found));
                }
            });
        }
        if (on(RULE_NAME_REUSE)) {
            clock.time(RULE_NAME_REUSE, () -> nameReuse(sentences, found));
        }
        found.removeIf(this::isJunk);
        List<Mention> settled = settle(withQualifiers(abstractText, sentences, withSizes(abstractText, sentences, retypeWeak(found))));
        if (on(RULE_LIST)) {
            List<Mention> listed = new ArrayList<>(settled);
            clock.time(RULE_LIST, () -> listMembers(abstractText, sentences, listed));
            settled = settle(listed);
        }
        List<Mention> mentions = on(RULE_TITLE_NAME) ? titleName(title, sentences, settled) : settled;
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
            clock.time(STAGE_CODE, () -> code.addAll(codeUrls(abstractText)));
        }
        return new Extraction(all, results, code);
    }

    // ---- rules ------------------------------------------------------------------------------------------

    /** "Target Projection Stochastic Gradient Descent (tpSGD)": long and short form of one entity (Schwartz–Hearst). */
    private void acronymDefinitions(String text, List<Token> s, int si, int proposalVerb, List<Mention> out) {
        for (int p = 1; p < s.size() - 2; p++) {
            if (!s.get(p).word().equals("(")) {
                continue;
            }
            int q = p + 2 < s.size() && s.get(p + 2).word().equals(")") ? p + 2
                    : p + 3 < s.size() && s.get(p + 3).word().equals(")") ? p + 3 : -1;
            if (q < 0) {
                continue;
            }
            String shortForm = text.substring(s.get(p + 1).begin(), s.get(q - 1).end());
            if (!isAcronym(shortForm)) {
                continue;
            }
            int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
            int from = Math.max(0, p - maxWords);
            int candidateBegin = s.get(from).begin();
            String candidate = text.substring(candidateBegin, s.get(p - 1).end());
            String longForm = longForm(shortForm, candidate);
            if (longForm == null) {
                continue;
            }
            int longBegin = candidateBegin + candidate.length() - longForm.length();
            int longEnd = s.get(p - 1).end();
            String lower = longForm.toLowerCase(Locale.ROOT);
            if (cues.genericTerms().contains(lower) || cues.notNames().contains(shortForm)) {
                continue;
            }
            List<Token> shortTokens = s.subList(p + 1, q);
            List<Token> longTokens = tokensIn(s, longBegin, longEnd);
            Gazetteer.Entry known = gazetteer.lookup(shortTokens);
            if (known == null) {
                known = gazetteer.lookup(longTokens);
            }
            boolean proposed = proposalVerb >= 0 && proposalVerb < p;
            EntityType type = known != null ? known.type() : typeByHead(longTokens, proposed);
            if (type == null) {
                continue;
            }
            Role role = proposed && known == null ? Role.PROPOSED : Role.USED;
            String canonical = known == null ? null : known.label();
            double confidence = known != null ? 0.9 : 0.85;
            out.add(new Mention(type, longForm, longBegin, longEnd, si, role, RULE_ACRONYM, confidence, canonical, shortForm));
            out.add(new Mention(type, shortForm, s.get(p + 1).begin(), s.get(q - 1).end(), si, role, RULE_ACRONYM,
                    confidence, canonical, longForm));
        }
    }

    /** The type a long form's last word gives it, or null when it says nothing sure. */
    private EntityType typeByHead(List<Token> longTokens, boolean proposed) {
        if (longTokens.isEmpty()) {
            return null;
        }
        String last = lastPart(longTokens.get(longTokens.size() - 1).lemma());
        if (cues.datasetHeads().contains(last)) {
            return EntityType.DATASET;
        }
        if (cues.metricHeads().contains(last)) {
            return EntityType.METRIC;
        }
        if (cues.taskHeads().contains(last)) {
            return EntityType.TASK;
        }
        if (cues.methodHeads().contains(last) || proposed) {
            return EntityType.METHOD;
        }
        return null;
    }

    private static String lastPart(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return l.contains("-") ? l.substring(l.lastIndexOf('-') + 1) : l;
    }

    private void gazetteerMatches(String text, List<Token> s, List<Gazetteer.Match> matches, int si, boolean inTitle,
                                  List<Mention> out) {
        for (Gazetteer.Match m : matches) {
            Gazetteer.Entry e = m.entry();
            // In a title or at a sentence start every word is capitalised: "Transformers" there names no architecture.
            if ((inTitle || m.start() == 0) && gazetteer.isForcedCase(s, m)) {
                continue;
            }
            // "higher precision", "mixed precision": the word names no metric there.
            if (m.start() > 0 && cues.metricNotAfter().contains(s.get(m.start() - 1).lower())
                    && e.type() == EntityType.METRIC) {
                continue;
            }
            Token only = m.end() - m.start() == 1 ? s.get(m.start()) : null;
            if (only != null && only.tag() != null && !only.tag().startsWith("NN") && !only.tag().startsWith("JJ")
                    && only.word().equals(only.lower())) {
                continue;
            }
            int begin = s.get(m.start()).begin();
            int end = s.get(m.end() - 1).end();
            String surface = text.substring(begin, end);
            // A short all-capitals name is more often something else than a long one.
            double confidence = surface.length() <= 3 && surface.equals(surface.toUpperCase(Locale.ROOT)) ? 0.8 : 0.9;
            out.add(new Mention(e.type(), surface, begin, end, si, Role.USED, e.fromStore() ? RULE_KNOWN_NAME : RULE_GAZETTEER,
                    e.fromStore() ? confidence - 0.1 : confidence, e.label(), null, inTitle));
        }
    }

    /** Known names in the title: tasks and methods are often named there and nowhere else. */
    private List<Mention> titleMentions(String title) {
        List<Mention> out = new ArrayList<>();
        List<List<Token>> sentences = nlp.sentences(title);
        List<Mention> model = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Gazetteer.Match> known = gazetteer.matches(sentences.get(i));
            if (on(RULE_GAZETTEER)) {
                gazetteerMatches(title, sentences.get(i), known, i, true, out);
            }
            if (on(RULE_CRF)) {
                modelNames(title, sentences.get(i), known, i, -1, true, model);
            }
        }
        // Title case misleads the model ("Fast Image Classification"): there a known name wins over any span it overlaps.
        List<Mention> kept = new ArrayList<>(settle(out));
        settle(model).stream().filter(m -> kept.stream().noneMatch(k -> k.overlaps(m))).forEach(kept::add);
        kept.sort(Comparator.comparingInt(Mention::begin));
        return kept;
    }

    /**
     * What the trained model labels: names in any shape, model families, free task phrases. A name after the paper's
     * proposal verb that the gazetteer does not know is proposed; a name it knows keeps its canonical label.
     */
    private void modelNames(String text, List<Token> s, List<Gazetteer.Match> matches, int si, int proposalVerb, boolean inTitle,
                            List<Mention> out) {
        if (crf == null) {
            return;
        }
        for (CrfNer.Span span : crf.label(s, matches)) {
            if (span.confidence() < crfMinConfidence.get(span.type())) {
                continue;
            }
            List<Token> tokens = trimGenericHead(s.subList(span.start(), span.end()), span.type());
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            Gazetteer.Entry known = gazetteer.lookup(tokens);
            boolean proposable = span.type() == EntityType.METHOD || span.type() == EntityType.DATASET;
            Role role = proposable && known == null && broughtIn(s, proposalVerb, span.start()) ? Role.PROPOSED : Role.USED;
            out.add(new Mention(span.type(), text.substring(begin, end), begin, end, si, role, RULE_CRF, span.confidence(),
                    known != null && known.type() == span.type() ? known.label() : null, null, inTitle));
        }
    }

    /** "a 1,200-problem benchmark", "4timesRTX": a count glued to a word names no dataset. */
    private static final Pattern COUNT_NAME = Pattern.compile("\\d[\\d,.]*(?:-|times|x)\\S*");

    /** Organisations and hosts (OpenAI, GitHub) are no entity of a paper's, nor is a URL (a code link); a count is no dataset. */
    private boolean isJunk(Mention m) {
        return cues.notEntities().contains(m.text()) || m.text().contains("://")
                || m.type() == EntityType.DATASET && COUNT_NAME.matcher(m.text()).matches();
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
        return (t.tag().startsWith("JJ") || t.tag().startsWith("NN")) && t.word().equals(t.lower()) && isTaskWord(t)
                && (type == EntityType.METRIC ? cues.metricQualifiers().contains(t.lower()) : !cues.notNarrowing().contains(t.lower()));
    }

    /**
     * "tasks such as clone detection, code search and program repair", "on summarization and translation tasks": the
     * phrases a list of tasks names, each a few nouns or adjectives long.
     */
    private void taskLists(String text, List<Token> s, int si, List<Mention> out) {
        for (int h = 0; h < s.size(); h++) {
            if (!s.get(h).lower().equals("tasks")) {
                continue;
            }
            int after = h + 1;
            boolean introduced = after + 1 < s.size() && (s.get(after).lower().equals("such") && s.get(after + 1).lower().equals("as"))
                    || after < s.size() && Set.of("including", "like", ":").contains(s.get(after).lower());
            if (introduced) {
                int start = s.get(after).lower().equals("such") ? after + 2 : after + 1;
                listPhrases(text, s, si, start, 1, false, EntityType.TASK, out);
            } else if (h > 0) {
                // Before "tasks" a phrase names a task only by a task word ("language modeling tasks"); else it names
                // a field ("computer vision tasks").
                listPhrases(text, s, si, h - 1, -1, true, EntityType.TASK, out);
            }
        }
    }

    /**
     * "evaluation metrics, including text fluency and attribute consistency", "measures such as throughput and jitter":
     * the phrases a metric word introduces as its examples are metrics.
     */
    private void metricLists(String text, List<Token> s, int si, List<Mention> out) {
        for (int h = 0; h < s.size(); h++) {
            if (!s.get(h).tag().equals("NNS") || !Set.of("metric", "measure").contains(s.get(h).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int k = h + 1 < s.size() && s.get(h + 1).word().equals(",") ? h + 2 : h + 1;
            int start = listIntroduced(s, k);
            if (start >= 0 && !s.get(k).word().equals("(")) {
                listPhrases(text, s, si, start, 1, false, EntityType.METRIC, out);
            }
        }
    }

    /** The phrases of a list read from token {@code from} in direction {@code step}, each added as a task or metric. */
    private void listPhrases(String text, List<Token> s, int si, int from, int step, boolean needHead, EntityType type,
            List<Mention> out) {
        int k = from;
        for (int items = 0; items < 6; items++) {
            int first = k;
            while (k >= 0 && k < s.size() && isTaskWord(s.get(k)) && Math.abs(k - first) < 5) {
                k += step;
            }
            int a = Math.min(first, k - step);
            int b = Math.max(first, k - step);
            if (k == first) {
                return;
            }
            List<Token> phrase = s.subList(a, b + 1);
            boolean head = cues.taskHeads().contains(phrase.get(phrase.size() - 1).lemma().toLowerCase(Locale.ROOT));
            // A one-word task is too often a field ("vision"); a one-word metric is the rule ("throughput").
            boolean named = type == EntityType.METRIC || head || !needHead && phrase.size() >= 2;
            if (named) {
                int begin = phrase.get(0).begin();
                int end = phrase.get(phrase.size() - 1).end();
                out.add(new Mention(type, text.substring(begin, end), begin, end, si, Role.USED,
                        type == EntityType.METRIC ? RULE_METRIC_LIST : RULE_TASK_LIST, 0.7, null, null));
            }
            // Past a comma, "and", "or" (or ", and") the list goes on; anything else ends it.
            int glue = 0;
            while (k >= 0 && k < s.size() && Set.of(",", "and", "or").contains(s.get(k).lower()) && glue < 2) {
                k += step;
                glue++;
            }
            if (glue == 0) {
                return;
            }
        }
    }

    /**
     * The last token of a list member of several words starting at {@code k}: capitalised words and version numbers
     * ("Penn Treebank", "Claude 3 Opus", "Gemini Pro"), at most four; {@code k} itself when the member is one word.
     */
    private int memberEnd(List<Token> s, int k) {
        Token t = s.get(k);
        if (!isNameShaped(t.word()) && !isCapitalisedWord(t, k)) {
            return k;
        }
        int end = k;
        while (end + 1 < s.size() && end - k < 3 && (isCapitalisedWord(s.get(end + 1), end + 1) || s.get(end + 1).word().matches("[Vv]\\d+")
                || s.get(end + 1).word().matches("\\d+(?:\\.\\d+)?") && end + 2 < s.size() && !s.get(end + 2).word().equals("%"))) {
            end++;
        }
        return end;
    }

    private boolean isTaskWord(Token t) {
        String tag = t.tag();
        return (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG")) && Character.isLetter(t.word().charAt(0))
                && !Set.of("tasks", "task", "other", "various", "several", "many", "diverse", "downstream", "different",
                "multiple", "new", "novel", "challenging", "such", "including", "most", "some").contains(t.lower());
    }

    /**
     * "GPT-4o, Claude 3 and Cohere", "ImageNet, COCO and ADE20K": a name-shaped word listed beside a method or dataset
     * the abstract names is one of the same kind.
     */
    private void listMembers(String text, List<List<Token>> sentences, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.inTitle() || m.type() != EntityType.METHOD && m.type() != EntityType.DATASET) {
                continue;
            }
            List<Token> s = sentences.get(m.sentence());
            int first = -1;
            int last = -1;
            for (int k = 0; k < s.size(); k++) {
                if (s.get(k).begin() == m.begin()) {
                    first = k;
                }
                if (s.get(k).end() == m.end()) {
                    last = k;
                }
            }
            if (first < 0 || last < 0) {
                continue;
            }
            for (int step : new int[] {1, -1}) {
                int k = step > 0 ? last + 1 : first - 1;
                while (k >= 0 && k < s.size() && Set.of(",", "and", "or").contains(s.get(k).lower())) {
                    k += step;
                    if (k >= 0 && k < s.size() && Set.of("and", "or").contains(s.get(k).lower())) {
                        k += step;
                    }
                    if (k < 0 || k >= s.size()) {
                        break;
                    }
                    Token t = s.get(k);
                    boolean taken = mentions.stream().anyMatch(o -> !o.inTitle() && o.begin() <= t.begin() && t.end() <= o.end())
                            || added.stream().anyMatch(o -> o.begin() == t.begin());
                    if (taken) {
                        k += step;
                        continue;
                    }
                    int end = step > 0 ? memberEnd(s, k) : k;
                    boolean multiWord = end > k;
                    if (!multiWord && !isNameShaped(t.word()) || gazetteer.lookup(List.of(t)) != null
                            || cues.notEntities().contains(t.word())) {
                        break;
                    }
                    Token lastWord = s.get(end);
                    if (mentions.stream().anyMatch(o -> !o.inTitle() && o.begin() < lastWord.end() && t.begin() < o.end())) {
                        break;
                    }
                    added.add(new Mention(m.type(), text.substring(t.begin(), lastWord.end()), t.begin(), lastWord.end(), m.sentence(), Role.USED,
                            RULE_LIST, 0.7, null, null));
                    k = end + step;
                }
            }
        }
        mentions.addAll(added);
    }

    /**
     * "Qwen2.5 LLM", "Pythia language models": a method name followed by a generic word for what it is names the thing
     * by its first part alone.
     */
    private List<Token> trimGenericHead(List<Token> tokens, EntityType type) {
        int n = tokens.size();
        if (type != EntityType.METHOD || n < 2) {
            return tokens;
        }
        int cut = n;
        if (cues.genericHeads().contains(tokens.get(n - 1).lemma().toLowerCase(Locale.ROOT))) {
            cut = n - 1;
            if (cut >= 2 && tokens.get(cut - 1).lower().equals("language")) {
                cut--;
            }
        }
        return cut < n && cut >= 1 && isNameShaped(tokens.get(cut - 1).word()) ? tokens.subList(0, cut) : tokens;
    }

    /**
     * Whether the name at token {@code start} is what the proposal verb brings in: it follows the verb closely, with
     * no word between that turns to something used ("we propose X trained on Y with Z": X, not Y or Z).
     */
    private boolean broughtIn(List<Token> s, int proposalVerb, int start) {
        if (proposalVerb < 0 || start <= proposalVerb || start - proposalVerb > 12) {
            return false;
        }
        for (int k = proposalVerb + 1; k < start; k++) {
            if (cues.proposalStops().contains(s.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "We propose NGAME, …", "a method called DaSS", "This paper introduces LogicLLaMA": the name a paper brings in. */
    private void proposedNames(List<Token> s, int si, int proposalVerb, List<Mention> out) {
        for (int v = 0; v < s.size(); v++) {
            boolean naming = s.get(v).tag().startsWith("VB") && cues.namingVerbs().contains(s.get(v).lemma().toLowerCase(Locale.ROOT));
            if (!naming && v != proposalVerb) {
                continue;
            }
            int limit = Math.min(s.size(), v + (naming ? 5 : 12));
            for (int j = v + 1; j < limit; j++) {
                Token t = s.get(j);
                if (cues.proposalStops().contains(t.lower())) {
                    break;
                }
                if (isNameShaped(t.word())) {
                    // A well-known name after "we propose" is built upon, not brought in: the gazetteer has it as used.
                    if (gazetteer.lookup(List.of(t)) == null) {
                        EntityType type = datasetNear(s, v, j) || endsWithBench(t.word()) || datasetAppositive(s, j)
                                ? EntityType.DATASET : EntityType.METHOD;
                        out.add(new Mention(type, t.word(), t.begin(), t.end(), si, Role.PROPOSED, RULE_PROPOSAL, 0.8, null, null));
                    }
                    break;
                }
            }
        }
    }

    /** "Our method, ProtoAlign, aligns …", "The resulting model, DialoMistral, wins …": the paper's own named thing. */
    private void appositions(List<Token> s, int si, List<Mention> out) {
        for (int h = 1; h + 2 < s.size(); h++) {
            if (!s.get(h + 1).word().equals(",")) {
                continue;
            }
            String head = s.get(h).lemma().toLowerCase(Locale.ROOT);
            boolean methodHead = cues.methodHeads().contains(head);
            boolean datasetHead = cues.datasetHeads().contains(head);
            if (!(methodHead || datasetHead)) {
                continue;
            }
            String before = s.get(h - 1).lower();
            String before2 = h >= 2 ? s.get(h - 2).lower() : "";
            if (!cues.ownDeterminers().contains(before) && !cues.ownDeterminers().contains(before2)) {
                continue;
            }
            Token name = s.get(h + 2);
            if (isNameShaped(name.word()) && gazetteer.lookup(List.of(name)) == null
                    && (h + 3 >= s.size() || s.get(h + 3).word().equals(",") || s.get(h + 3).tag().startsWith("VB"))) {
                EntityType type = datasetHead || endsWithBench(name.word()) ? EntityType.DATASET : EntityType.METHOD;
                out.add(new Mention(type, name.word(), name.begin(), name.end(), si, Role.PROPOSED, RULE_APPOSITION, 0.8, null, null));
            }
        }
    }

    /**
     * "outperforms CTGAN", "better than PatchCore", "baselines such as FedAvg and FedProx", "benchmarks such as
     * HumanEval": names that a comparison lists are methods used, or datasets when a dataset word introduces them.
     */
    private void comparisons(List<Token> s, int si, List<Mention> out) {
        for (int c = 0; c < s.size(); c++) {
            int start = comparisonCue(s, c);
            if (start < 0) {
                continue;
            }
            boolean datasets = false;
            for (int k = Math.max(0, c - 3); k < c; k++) {
                datasets |= cues.datasetHeads().contains(s.get(k).lemma().toLowerCase(Locale.ROOT));
            }
            for (int j = start; j < Math.min(s.size(), start + 10); j++) {
                Token t = s.get(j);
                if (isNameShaped(t.word())) {
                    if (gazetteer.lookup(List.of(t)) == null && !followedByHead(s, j, cues.datasetHeads())) {
                        EntityType type = datasets ? EntityType.DATASET : EntityType.METHOD;
                        out.add(new Mention(type, t.word(), t.begin(), t.end(), si, Role.USED, RULE_COMPARISON, 0.75, null, null));
                    }
                } else if (!LIST_GLUE.contains(t.lower()) && !isGazetteerWord(s, j)) {
                    break;
                }
            }
        }
    }

    /** Where the compared names start when token {@code c} opens a comparison, else -1. */
    private int comparisonCue(List<Token> s, int c) {
        String w = s.get(c).lower();
        if (cues.comparisonWords().contains(w) || w.startsWith("outperform")) {
            return c + 1;
        }
        if ((w.equals("compared") || w.equals("comparison")) && c + 1 < s.size()
                && Set.of("with", "to", "against").contains(s.get(c + 1).lower())) {
            return c + 2;
        }
        if (w.equals("such") && c + 1 < s.size() && s.get(c + 1).lower().equals("as")) {
            return c + 2;
        }
        return -1;
    }

    private boolean isGazetteerWord(List<Token> s, int j) {
        return gazetteer.lookup(List.of(s.get(j))) != null;
    }

    /** "We present X, a multilingual benchmark designed to …": the phrase set beside the name says what it is. */
    private boolean datasetAppositive(List<Token> s, int name) {
        int k = name + 1;
        if (k + 1 >= s.size() || !s.get(k).word().equals(",") || !Set.of("a", "an", "the", "our").contains(s.get(k + 1).lower())) {
            return false;
        }
        for (k = name + 3; k < Math.min(s.size(), name + 8); k++) {
            Token t = s.get(k);
            if (cues.datasetHeads().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!t.tag().startsWith("JJ") && !t.tag().startsWith("NN") && !t.tag().equals("VBN") && !t.tag().equals("VBG")
                    && !t.tag().equals("CD") && !t.word().equals("-")) {
                return false;
            }
        }
        return false;
    }

    private boolean datasetNear(List<Token> s, int verb, int name) {
        for (int k = verb + 1; k < Math.min(s.size(), name + 4); k++) {
            if (k != name && cues.datasetHeads().contains(s.get(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the WebQSP dataset", "on MMLU, GSM8K and HumanEval benchmarks", "the Amazon Reviews corpus": names before a
     * dataset word. A run of name-shaped or capitalised words is one name; commas and "and" separate names.
     */
    private void datasetHeads(String text, List<Token> s, int si, int proposalVerb, List<Mention> out) {
        for (int h = 1; h < s.size(); h++) {
            Token head = s.get(h);
            if (!head.tag().startsWith("NN") || !cues.datasetHeads().contains(head.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            namesListedAfterDatasetWord(text, s, h, si, out);
            int end = h;
            for (int k = h - 1; k >= Math.max(0, h - 12); k--) {
                Token t = s.get(k);
                boolean namePart = isNameShaped(t.word()) || isCapitalisedWord(t, k);
                if (namePart) {
                    continue;
                }
                addDatasetSegment(s, k + 1, end, si, proposalVerb, out);
                if (!LIST_GLUE.contains(t.lower())) {
                    end = -1;
                    break;
                }
                end = k;
            }
            if (end > 0) {
                addDatasetSegment(s, Math.max(0, h - 12), end, si, proposalVerb, out);
            }
        }
    }

    private void addDatasetSegment(List<Token> s, int from, int to, int si, int proposalVerb, List<Mention> out) {
        if (from >= to) {
            return;
        }
        List<Token> segment = s.subList(from, to);
        boolean shaped = segment.stream().anyMatch(t -> isNameShaped(t.word()));
        Gazetteer.Entry known = gazetteer.lookup(segment);
        if (known != null && known.type() != EntityType.DATASET || !shaped && segment.size() < 2 && known == null) {
            return;
        }
        if (!shaped && known == null && segment.stream().anyMatch(t -> gazetteer.lookup(List.of(t)) != null)) {
            return;
        }
        Token first = segment.get(0);
        Token last = segment.get(segment.size() - 1);
        String text = first.word();
        if (segment.size() > 1) {
            StringBuilder b = new StringBuilder();
            segment.forEach(t -> b.append(b.length() == 0 ? "" : " ").append(t.word()));
            text = b.toString();
        }
        Role role = proposalVerb >= 0 && proposalVerb < from ? Role.PROPOSED : Role.USED;
        out.add(new Mention(EntityType.DATASET, text, first.begin(), last.end(), si, role, RULE_DATASET_HEAD, 0.85,
                known == null ? null : known.label(), null));
    }

    /**
     * "On QM9 it reduces …", "evaluated on FLORES-200 and WN18RR": names right after "on" are datasets. In a list of two
     * or more that holds a name-shaped one and nothing known to be of another type ("on Pittsburgh, Mapillary-SLS and
     * Nordland", "on NTU Mutual 11 and H2O"), plain capitalised and several-word names are datasets too.
     */
    private void datasetsAfterOn(String text, List<Token> s, int si, List<Mention> out) {
        for (int o = 0; o < s.size(); o++) {
            if (!s.get(o).lower().equals("on") || o > 0 && cues.onNotAfter().contains(s.get(o - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = o + 1; j < Math.min(s.size(), o + 9); j++) {
                Token t = s.get(j);
                if (isNameShaped(t.word())) {
                    if (gazetteer.lookup(List.of(t)) == null && !describesSomethingElse(s, j)) {
                        out.add(new Mention(EntityType.DATASET, t.word(), t.begin(), t.end(), si, Role.USED, RULE_DATASET_ON,
                                0.75, null, null));
                    }
                } else if (!LIST_GLUE.contains(t.lower()) && !isGazetteerWord(s, j)) {
                    break;
                }
            }
            namesListedAfterOn(text, s, o, si, out);
        }
    }

    /** The rest of a list after "on" at {@code o} when it is a list of names: its capitalised and several-word names. */
    private void namesListedAfterOn(String text, List<Token> s, int o, int si, List<Mention> out) {
        List<int[]> members = listedNames(s, o + 1);
        int end = members.isEmpty() ? -1 : members.get(members.size() - 1)[1];
        if (members.size() < 2 || members.stream().noneMatch(m -> nameShapedIn(s, m))
                || followedByHead(s, end, cues.methodHeads()) || followedByHead(s, end, cues.taskHeads())) {
            return;
        }
        for (int[] m : members) {
            boolean foundAlready = m[0] == m[1] && isNameShaped(s.get(m[0]).word());
            if (!foundAlready && !describesSomethingElse(s, m[1])) {
                out.add(listedDataset(text, s, m, si, RULE_DATASET_ON));
            }
        }
    }

    /**
     * "six datasets, including NTU Mutual 11, H2O and Volleyball", "benchmarks such as Pittsburgh and SPED", "four
     * benchmarks, i.e., ActivityNet, FCVID, …": the names a dataset word introduces as its examples.
     */
    private void namesListedAfterDatasetWord(String text, List<Token> s, int h, int si, List<Mention> out) {
        int k = h + 1;
        if (k < s.size() && s.get(k).word().equals(",")) {
            k++;
        }
        int start = listIntroduced(s, k);
        if (start < 0) {
            return;
        }
        List<int[]> members = listedNames(s, start);
        if (members.size() < 2 && (members.isEmpty() || !nameShapedIn(s, members.get(0)))) {
            return;
        }
        for (int[] m : members) {
            if (!describesSomethingElse(s, m[1])) {
                out.add(listedDataset(text, s, m, si, RULE_DATASET_HEAD));
            }
        }
    }

    /** Where the examples start when the words at {@code k} introduce them ("including", "such as", "i.e.,", ":"), else -1. */
    private static int listIntroduced(List<Token> s, int k) {
        if (k >= s.size()) {
            return -1;
        }
        String w = s.get(k).lower();
        int next = switch (w) {
            case "including", "like", "namely", ":", "(" -> k + 1;
            case "such" -> k + 1 < s.size() && s.get(k + 1).lower().equals("as") ? k + 2 : -1;
            case "i.e.", "e.g.", "i.e", "e.g" -> k + 1;
            default -> -1;
        };
        if (next >= 0 && next < s.size() && s.get(next).word().equals(",")) {
            next++;
        }
        return next;
    }

    /**
     * The names listed from token {@code from}: runs of name-shaped or capitalised nouns (a run is one name, as
     * "Collective Activity"), separated by commas, "and", "or", "&". Known names are passed over; one known as another
     * type, or a word that names no dataset (a company, "GPU"), makes it no list of datasets, and the answer is empty.
     */
    private List<int[]> listedNames(List<Token> s, int from) {
        List<int[]> members = new ArrayList<>();
        for (int j = from; j < Math.min(s.size(), from + 20); j++) {
            Token t = s.get(j);
            Gazetteer.Entry known = gazetteer.lookup(List.of(t));
            if (known != null && known.type() != EntityType.DATASET || cues.notNames().contains(t.word())
                    || cues.notEntities().contains(t.word())) {
                return List.of();
            }
            if (known == null && (isNameShaped(t.word()) || isCapitalisedWord(t, j) && t.tag().startsWith("NN"))) {
                int end = memberEnd(s, j);
                members.add(new int[] {j, end});
                j = end;
            } else if (known == null && !LIST_GLUE.contains(t.lower()) && !t.word().equals("&")) {
                break;
            }
        }
        return members;
    }

    private boolean nameShapedIn(List<Token> s, int[] member) {
        return s.subList(member[0], member[1] + 1).stream().anyMatch(t -> isNameShaped(t.word()));
    }

    private static Mention listedDataset(String text, List<Token> s, int[] member, int si, String rule) {
        Token first = s.get(member[0]);
        Token last = s.get(member[1]);
        return new Mention(EntityType.DATASET, text.substring(first.begin(), last.end()), first.begin(), last.end(), si,
                Role.USED, rule, 0.75, null, null);
    }

    /** Whether the name ending at token {@code j} is a subject, or named as a method or task by the word after it. */
    private boolean describesSomethingElse(List<Token> s, int j) {
        boolean subject = j + 1 < s.size() && (s.get(j + 1).tag().startsWith("VB") || cues.notNames().contains(s.get(j + 1).word()));
        return subject || followedByHead(s, j, cues.methodHeads()) || followedByHead(s, j, cues.taskHeads());
    }

    /**
     * "in terms of training time and CLIP alignment score": short phrases after "in terms of" whose last word is a
     * measure word are metrics, known or not (known ones the gazetteer finds anyway).
     */
    private void metricsInTermsOf(String text, List<Token> s, int si, List<Mention> out) {
        for (int k = 2; k < s.size(); k++) {
            if (!(s.get(k).lower().equals("of") && s.get(k - 1).lower().equals("terms") && s.get(k - 2).lower().equals("in"))) {
                continue;
            }
            int start = k + 1;
            for (int j = start; j <= Math.min(s.size(), start + 8); j++) {
                boolean end = j == s.size() || Set.of(",", "and", "or", ".", ";", "(", "while", "with", "on", "compared").contains(s.get(j).lower());
                if (!end) {
                    continue;
                }
                List<Token> phrase = s.subList(start, j);
                while (!phrase.isEmpty() && Set.of("the", "both", "its", "their", "a", "an").contains(phrase.get(0).lower())) {
                    phrase = phrase.subList(1, phrase.size());
                }
                if (!phrase.isEmpty() && phrase.size() <= 4 && gazetteer.lookup(phrase) == null
                        && cues.measureWords().contains(phrase.get(phrase.size() - 1).lemma().toLowerCase(Locale.ROOT))) {
                    int begin = phrase.get(0).begin();
                    int finish = phrase.get(phrase.size() - 1).end();
                    out.add(new Mention(EntityType.METRIC, text.substring(begin, finish), begin, finish, si, Role.USED,
                            RULE_IN_TERMS_OF, 0.75, null, null));
                }
                if (j == s.size() || !Set.of(",", "and", "or").contains(s.get(j).lower())) {
                    break;
                }
                start = j + 1;
            }
        }
    }

    private static boolean followedByHead(List<Token> s, int j, Set<String> heads) {
        return j + 1 < s.size() && heads.contains(s.get(j + 1).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Later uses of a name the abstract brought in (an acronym it defined, a name it proposed or called a
     * dataset) are mentions of the same entity, with the same type and role.
     */
    private void nameReuse(List<List<Token>> sentences, List<Mention> found) {
        Map<String, Mention> introduced = new HashMap<>();
        for (Mention m : found) {
            boolean shortForm = m.definedAs() == null || m.text().length() < m.definedAs().length();
            if (m.canonical() == null && shortForm && !m.text().contains(" ")) {
                introduced.merge(m.text(), m, (a, b) -> a.role() == Role.PROPOSED ? a : b);
            }
        }
        if (introduced.isEmpty()) {
            return;
        }
        Set<Integer> taken = new HashSet<>();
        found.forEach(m -> taken.add(m.begin()));
        for (int i = 0; i < sentences.size(); i++) {
            for (Token t : sentences.get(i)) {
                Mention d = introduced.get(t.word());
                if (d != null && !taken.contains(t.begin())) {
                    found.add(new Mention(d.type(), t.word(), t.begin(), t.end(), i, d.role(), RULE_NAME_REUSE, 0.8, null, null));
                }
            }
        }
    }

    /**
     * A name that a sure rule types (acronym, proposal, apposition, gazetteer) keeps that type where a weak rule
     * (a comparison list, a name after "on") saw it as something else: "On MVTec AD, FlowPatch reaches …".
     */
    private List<Mention> retypeWeak(List<Mention> found) {
        Set<String> weak = Set.of(RULE_COMPARISON, RULE_DATASET_ON, RULE_NAME_REUSE, RULE_CRF);
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

    /**
     * "NGAME: Negative Mining-aware …": a name before the title's colon is what the paper brings in. Its uses in
     * the abstract become proposed mentions (a dataset when the title calls the work a benchmark or dataset).
     */
    private List<Mention> titleName(String title, List<List<Token>> sentences, List<Mention> mentions) {
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return mentions;
        }
        String name = title.substring(0, colon).strip();
        String rest = title.substring(colon + 1).toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(rest.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.stream().anyMatch(cues.surveyWords()::contains) || name.contains(" ") && !isNameShaped(name.replace(" ", ""))) {
            return mentions;
        }
        boolean dataset = endsWithBench(name) || words.stream()
                .anyMatch(w -> cues.datasetHeads().contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                        || w.startsWith("benchmark"));
        EntityType type = dataset ? EntityType.DATASET : EntityType.METHOD;
        List<Mention> out = new ArrayList<>(mentions.size());
        boolean seen = false;
        for (Mention m : mentions) {
            boolean same = m.text().equals(name) || name.equals(m.definedAs());
            boolean proposable = m.type() == EntityType.METHOD || m.type() == EntityType.DATASET;
            if (same && proposable && m.canonical() == null) {
                out.add(m.withType(type).withRole(Role.PROPOSED));
                seen = true;
            } else if (same && !proposable && m.text().equals(name)) {
                // "COMET: Learning …": the paper's own name, though the gazetteer knows a metric by it.
                out.add(new Mention(type, m.text(), m.begin(), m.end(), m.sentence(), Role.PROPOSED, RULE_TITLE_NAME, 0.85,
                        null, null));
                seen = true;
            } else {
                out.add(m);
            }
        }
        if (!seen && !name.contains(" ") && gazetteer.lookup(List.of(new Token(name, name, "NNP", 0, 0))) == null) {
            for (int i = 0; i < sentences.size(); i++) {
                for (Token t : sentences.get(i)) {
                    if (t.word().equals(name) && out.stream().noneMatch(m -> !m.inTitle() && m.begin() <= t.begin() && t.end() <= m.end())) {
                        out.add(new Mention(type, name, t.begin(), t.end(), i, Role.PROPOSED, RULE_TITLE_NAME, 0.85, null, null));
                    }
                }
            }
            out.sort(Comparator.comparingInt(Mention::begin));
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

    // ---- helpers ----------------------------------------------------------------------------------------

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

    /** Index of the verb by which the paper itself brings something in ("we propose"), or -1. */
    private int proposalVerb(List<Token> s) {
        boolean subject = false;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (cues.proposalSubjects().contains(t.lower())) {
                subject = true;
            } else if (subject && t.tag().startsWith("VB") && cues.proposalVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** CamelCase, capitals with digits, inner capitals: GPT-4, ResNet-50, tpSGD, LogicLLaMA; not "The" or "AI". */
    boolean isNameShaped(String w) {
        if (w.length() < 2 || cues.notNames().contains(w) || !Character.isLetterOrDigit(w.charAt(0))
                || SIZE.matcher(w).matches()) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean innerUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            innerUpper |= i > 0 && Character.isUpperCase(c);
        }
        boolean startsUpper = Character.isUpperCase(w.charAt(0));
        return letter && (innerUpper || digit && (startsUpper || w.contains("-")));
    }

    /** A capitalised word inside a sentence (not its first), such as the words of "Amazon Reviews". */
    private boolean isCapitalisedWord(Token t, int index) {
        String w = t.word();
        return index > 0 && w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                && w.chars().skip(1).allMatch(Character::isLowerCase) && !cues.notNames().contains(w);
    }

    private static boolean endsWithBench(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("bench") && name.length() > 5;
    }

    private static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 12 || !Character.isLetterOrDigit(s.charAt(0)) || s.split(" ").length > 2) {
            return false;
        }
        long upper = s.chars().filter(Character::isUpperCase).count();
        return upper >= 2 || upper >= 1 && s.chars().anyMatch(Character::isDigit);
    }

    /** Schwartz & Hearst (2003): the shortest end of {@code candidate} whose letters spell {@code shortForm}. */
    static String longForm(String shortForm, String candidate) {
        int s = shortForm.length() - 1;
        int l = candidate.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && Character.toLowerCase(candidate.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        int start = Math.max(candidate.lastIndexOf(' ', l) + 1, 0);
        String longForm = candidate.substring(start);
        return longForm.length() > shortForm.length() && longForm.contains(" ") ? longForm : null;
    }

    private static List<Token> tokensIn(List<Token> s, int begin, int end) {
        return s.stream().filter(t -> t.begin() >= begin && t.end() <= end).toList();
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
