package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extract stage: finds mentions of methods, datasets, metrics and tasks, reported results and code
 * links in an abstract. One instance holds the one CoreNLP pipeline and may be shared by threads.
 * Each rule is named; the name travels with every mention it makes as provenance.
 */
public final class Extractor {
    static final String TOKENIZE_OPTIONS = "splitHyphenated=false,invertible=true,ptb3Escaping=false";
    public static final String RULE_GAZETTEER = "gazetteer";
    public static final String RULE_ACRONYM = "acronym-definition";
    public static final String RULE_NAME_REUSE = "name-reuse";
    public static final String RULE_PROPOSAL = "proposal-name";
    public static final String RULE_DATASET_HEAD = "dataset-head";
    public static final String RULE_TITLE_NAME = "title-name";

    /** Sizes and dimensions (3D, 20K, 7B, 128k) are name-shaped but name nothing. */
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[A-Za-z]{1,2}");
    private static final Pattern SAME_CLAUSE_ON = Pattern.compile("\\b(?:on|in|for|over|across)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CODE_URL = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co|codeberg\\.org)/[^\\s\"'<>()\\[\\]{},;]+");
    private static final Set<String> DELTA_BEFORE = Set.of("by", "than", "over");
    private static final Set<String> DELTA_AFTER = Set.of("improvement", "improvements", "gain", "gains", "increase",
            "reduction", "decrease", "fewer", "less", "more", "faster", "slower", "speedup", "higher", "lower",
            "relative", "absolute", "better", "worse", "drop", "boost");

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final Cues cues;

    public Extractor() {
        nlp = new Nlp("corenlp.properties");
        gazetteer = Gazetteer.load("gazetteer.tsv", TOKENIZE_OPTIONS);
        cues = Cues.load("cues.properties");
    }

    public Extraction extract(String title, String abstractText) {
        List<List<Token>> sentences = nlp.sentences(abstractText);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> s = sentences.get(i);
            int proposalVerb = proposalVerb(s);
            acronymDefinitions(abstractText, s, i, proposalVerb, found);
            gazetteerMatches(abstractText, s, i, found);
            proposedNames(s, i, proposalVerb, found);
            datasetHeads(s, i, proposalVerb, found);
        }
        nameReuse(sentences, found);
        List<Mention> mentions = settle(found);
        mentions = titleName(title, mentions);
        List<ResultClaim> results = results(abstractText, sentences, mentions);
        return new Extraction(mentions, results, codeUrls(abstractText));
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
            Gazetteer.Entry known = gazetteer.lookup(shortForm, shortTokens);
            if (known == null) {
                known = gazetteer.lookup(longForm, longTokens);
            }
            EntityType type = known != null ? known.type() : typeByHead(longTokens, proposalVerb >= 0 && proposalVerb < p);
            if (type == null) {
                continue;
            }
            Role role = proposalVerb >= 0 && proposalVerb < p && known == null ? Role.PROPOSED : Role.USED;
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
        Token head = longTokens.get(longTokens.size() - 1);
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        String last = lemma.contains("-") ? lemma.substring(lemma.lastIndexOf('-') + 1) : lemma;
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

    private void gazetteerMatches(String text, List<Token> s, int si, List<Mention> out) {
        for (Gazetteer.Match m : gazetteer.matches(s)) {
            int begin = s.get(m.start()).begin();
            int end = s.get(m.end() - 1).end();
            String surface = text.substring(begin, end);
            // A short all-capitals name is more often something else than a long one.
            double confidence = surface.length() <= 3 && surface.equals(surface.toUpperCase(Locale.ROOT)) ? 0.8 : 0.9;
            out.add(new Mention(m.entry().type(), surface, begin, end, si, Role.USED, RULE_GAZETTEER, confidence,
                    m.entry().label(), null));
        }
    }

    /** "We propose NGAME, …", "a method called DaSS", "This paper introduces LogicLLaMA": the name a paper brings in. */
    private void proposedNames(List<Token> s, int si, int proposalVerb, List<Mention> out) {
        for (int v = 0; v < s.size(); v++) {
            String lemma = s.get(v).lemma().toLowerCase(Locale.ROOT);
            boolean naming = cues.namingVerbs().contains(lemma) && s.get(v).tag().startsWith("VB");
            if (!naming && v != proposalVerb) {
                continue;
            }
            int limit = Math.min(s.size(), v + (naming ? 3 : 12));
            for (int j = v + 1; j < limit; j++) {
                Token t = s.get(j);
                if (cues.proposalStops().contains(t.lower())) {
                    break;
                }
                if (isNameShaped(t.word())) {
                    // A well-known name after "we propose" is built upon, not brought in: the gazetteer has it as used.
                    if (gazetteer.lookup(t.word(), List.of(t)) == null) {
                        EntityType type = nearDatasetHead(s, v, j) ? EntityType.DATASET : EntityType.METHOD;
                        out.add(new Mention(type, t.word(), t.begin(), t.end(), si, Role.PROPOSED, RULE_PROPOSAL, 0.8,
                                null, null));
                    }
                    break;
                }
            }
        }
    }

    private boolean nearDatasetHead(List<Token> s, int verb, int name) {
        for (int k = verb + 1; k < Math.min(s.size(), name + 4); k++) {
            if (k != name && cues.datasetHeads().contains(s.get(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "the WebQSP dataset", "on MMLU, GSM8K and HumanEval benchmarks": names before a dataset word. */
    private void datasetHeads(List<Token> s, int si, int proposalVerb, List<Mention> out) {
        for (int h = 1; h < s.size(); h++) {
            Token head = s.get(h);
            if (!head.tag().startsWith("NN") || !cues.datasetHeads().contains(head.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int k = h - 1; k >= Math.max(0, h - 10); k--) {
                Token t = s.get(k);
                if (isNameShaped(t.word())) {
                    Gazetteer.Entry known = gazetteer.lookup(t.word(), List.of(t));
                    if (known != null && known.type() != EntityType.DATASET) {
                        break;
                    }
                    Role role = proposalVerb >= 0 && proposalVerb < k ? Role.PROPOSED : Role.USED;
                    out.add(new Mention(EntityType.DATASET, t.word(), t.begin(), t.end(), si, role, RULE_DATASET_HEAD, 0.85,
                            known == null ? null : known.label(), null));
                } else if (!Set.of(",", "and", "or", "the", "both").contains(t.lower())) {
                    break;
                }
            }
        }
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
        Set<Integer> taken = new java.util.HashSet<>();
        found.forEach(m -> taken.add(m.begin()));
        for (int i = 0; i < sentences.size(); i++) {
            for (Token t : sentences.get(i)) {
                Mention d = introduced.get(t.word());
                if (d != null && !taken.contains(t.begin())) {
                    found.add(new Mention(d.type(), t.word(), t.begin(), t.end(), i, d.role(), RULE_NAME_REUSE, 0.8,
                            null, null));
                }
            }
        }
    }

    /** "NGAME: Negative Mining-aware …": a name before the title's colon that the abstract uses is proposed. */
    private List<Mention> titleName(String title, List<Mention> mentions) {
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return mentions;
        }
        String name = title.substring(0, colon).strip();
        boolean dataset = Arrays.stream(title.substring(colon + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .anyMatch(cues.datasetHeads()::contains);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean same = m.text().equals(name) || name.equals(m.definedAs());
            boolean proposable = m.type() == EntityType.METHOD || m.type() == EntityType.DATASET;
            if (same && proposable && m.canonical() == null) {
                EntityType type = dataset ? EntityType.DATASET : m.type();
                out.add(new Mention(type, m.text(), m.begin(), m.end(), m.sentence(), Role.PROPOSED, m.rule(),
                        m.confidence(), null, m.definedAs()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private List<ResultClaim> results(String text, List<List<Token>> sentences, List<Mention> mentions) {
        List<ResultClaim> out = new ArrayList<>();
        String proposed = mentions.stream().filter(m -> m.type() == EntityType.METHOD && m.role() == Role.PROPOSED)
                .map(Extractor::nameOf).distinct().reduce((a, b) -> a.equals(b) ? a : "").orElse("");
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> s = sentences.get(si);
            final int sentence = si;
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == sentence).toList();
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                if (!NUMBER.matcher(t.word()).matches() || i + 1 >= s.size()) {
                    continue;
                }
                String unit = unit(s.get(i + 1).word());
                // A bare integer is a count, a year or part of a name far more often than a score.
                if (unit == null && !t.word().contains(".") || inside(here, t)) {
                    continue;
                }
                int endTok = unit == null ? i : i + 1;
                if (i > 0 && DELTA_BEFORE.contains(s.get(i - 1).lower())
                        || endTok + 1 < s.size() && DELTA_AFTER.contains(s.get(endTok + 1).lower())) {
                    continue;
                }
                int valueBegin = t.begin();
                int valueEnd = s.get(endTok).end();
                Mention metric = nearest(here, EntityType.METRIC, valueBegin, valueEnd, text, 30);
                if (metric == null) {
                    continue;
                }
                Mention dataset = datasetOf(here, valueBegin, valueEnd, text);
                Mention method = nearestBefore(here, EntityType.METHOD, valueBegin);
                String methodName = method != null ? nameOf(method) : proposed.isEmpty() ? null : proposed;
                out.add(new ResultClaim(methodName, dataset == null ? null : nameOf(dataset), nameOf(metric),
                        new BigDecimal(t.word()), unit, text.substring(valueBegin, valueEnd), valueBegin, valueEnd, si));
            }
        }
        return out;
    }

    private static boolean inside(List<Mention> mentions, Token t) {
        return mentions.stream().anyMatch(m -> m.begin() <= t.begin() && t.end() <= m.end());
    }

    private static String unit(String next) {
        return switch (next) {
            case "%" -> "%";
            case "x", "×", "X" -> "x";
            case "points", "pp", "point" -> "points";
            case "ms" -> "ms";
            default -> null;
        };
    }

    /**
     * The dataset a value is measured on: one named after it in the same clause ("81.2% on ImageNet"),
     * else the last one named before it ("On WikiText-103, … reaches 17.9").
     */
    private static Mention datasetOf(List<Mention> mentions, int valueBegin, int valueEnd, String text) {
        Mention after = nearest(mentions, EntityType.DATASET, valueEnd, valueEnd, text, 80);
        if (after != null && after.begin() >= valueEnd) {
            String between = text.substring(valueEnd, after.begin());
            if (SAME_CLAUSE_ON.matcher(between).find() && between.indexOf(',') < 0 && between.indexOf(';') < 0) {
                return after;
            }
        }
        return nearestBefore(mentions, EntityType.DATASET, valueBegin);
    }

    /** The method a value is reported for is its sentence's subject: the last method named before it. */
    private static Mention nearestBefore(List<Mention> mentions, EntityType type, int begin) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() == type && m.end() <= begin && (best == null || m.begin() > best.begin())) {
                best = m;
            }
        }
        return best;
    }

    private static Mention nearest(List<Mention> mentions, EntityType type, int begin, int end, String text, int maxGap) {
        Mention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.type() != type) {
                continue;
            }
            int gap = m.begin() >= end ? m.begin() - end : begin - m.end();
            if (gap >= 0 && gap <= maxGap && gap < bestGap) {
                best = m;
                bestGap = gap;
            }
        }
        return best;
    }

    private static String nameOf(Mention m) {
        return m.canonical() != null ? m.canonical() : m.text();
    }

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
     * One mention per place: where spans overlap the longer wins, and among equal spans the surer rule;
     * a proposed role found by any rule is kept.
     */
    private static List<Mention> settle(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.end() - m.begin()).reversed()
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
