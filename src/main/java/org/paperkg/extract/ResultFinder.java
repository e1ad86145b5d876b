package org.paperkg.extract;

import org.paperkg.model.Role;
import org.paperkg.model.ResultClaim;
import org.paperkg.model.Mention;
import org.paperkg.model.EntityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results stage: numbers the abstract ties to a metric, as abstracts write them: "81.2% top-1 accuracy",
 * "a perplexity of 18.2", "improves accuracy by 3.2%" (a relative change), "2.5x faster" (a speed-up), "from 9.4% to
 * 6.1%" (both values), "65-92%" (both ends). Counts ("7B parameters", "1,200 problems") and years are no results.
 * The method is the sentence's last method before the value (else the paper's one proposed method); the dataset is
 * one named after the value in the same clause, else the last one before it. A measure written right after a value
 * is its metric, known or not ("2.6x training time", "47% smaller model size"): it becomes a metric mention.
 */
final class ResultFinder {
    /** A number, or a range of two, with a unit glued on ("3.5x", "2times", "65-92"). */
    private static final Pattern VALUE = Pattern.compile(
            "([-+\u2212])?~?(\\d+(?:\\.\\d+)?)(?:[-\u2013](\\d+(?:\\.\\d+)?))?(x|×|times|[KMGT])?");
    /** Multiples written in words: "twice the throughput", "four times less memory". */
    private static final java.util.Map<String, String> MULTIPLES = java.util.Map.of("twice", "2x", "thrice", "3x");
    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.of("two", "2", "three", "3", "four", "4",
            "five", "5", "six", "6", "seven", "7", "eight", "8", "nine", "9", "ten", "10");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** Two or more decimals written with slashes between them, one per setting: "1.91/2.43". */
    private static final Pattern SLASHED = Pattern.compile("\\d+\\.\\d+(?:/\\d+\\.\\d+)+");
    private static final Set<String> PERCENT = Set.of("%", "percent", "pp");
    private static final Set<String> TIMES = Set.of("x", "×", "X", "times", "fold", "-fold");
    private static final Set<String> TIME_UNITS = Set.of("ms", "s", "seconds", "milliseconds", "minutes", "hours", "days");
    private static final Set<String> SIZE_UNITS = Set.of("KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB");
    private final Cues cues;

    ResultFinder(Cues cues) {
        this.cues = cues;
    }

    /** The results in the abstract; metrics that only a result names ("2.6x training time") go to {@code measured}. */
    List<ResultClaim> find(String text, List<List<Token>> sentences, List<Mention> mentions, List<Mention> measured) {
        List<ResultClaim> out = new ArrayList<>();
        List<String> proposedMethods = mentions.stream().filter(m -> m.type() == EntityType.METHOD && m.role() == Role.PROPOSED)
                .map(ResultFinder::nameOf).distinct().toList();
        String proposed = proposedMethods.size() == 1 ? proposedMethods.get(0) : null;
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> s = sentences.get(si);
            final int sentence = si;
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == sentence && !m.inTitle()).toList();
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                // "1.91/2.43": values for as many settings, each a result; the first is read as any value is.
                Matcher slashed = SLASHED.matcher(t.word());
                String word = slashed.matches() ? t.word().substring(0, t.word().indexOf('/')) : t.word();
                String following = i + 1 < s.size() ? s.get(i + 1).lower() : "";
                if (MULTIPLES.containsKey(t.lower())) {
                    word = MULTIPLES.get(t.lower());
                } else if (NUMBER_WORDS.containsKey(t.lower()) && TIMES.contains(following)) {
                    word = NUMBER_WORDS.get(t.lower());
                }
                Matcher v = VALUE.matcher(word);
                if (!v.matches() || inside(here, t) || i > 0 && s.get(i - 1).word().matches("[-+]?[A-Za-z]+-?")
                        && s.get(i - 1).end() == t.begin()) {
                    continue;
                }
                String prev = i > 0 ? s.get(i - 1).word() : "";
                if (prev.equals("±") || prev.endsWith("+/-") || prev.equals("+-")) {
                    continue;   // "5.8 ± 0.3": a spread, not a result
                }
                String sign = v.group(1);
                String glued = v.group(4);
                // "1.3G FLOPs", "128K context length": a magnitude glued on, which only a measure named after it makes a result.
                boolean magnitude = glued != null && glued.length() == 1 && Character.isUpperCase(glued.charAt(0));
                int last = i;
                String unit = magnitude ? glued : glued != null ? "x" : null;
                if (unit == null && i + 1 < s.size()) {
                    String next = s.get(i + 1).word();
                    if (next.equals("\\") && i + 2 < s.size() && s.get(i + 2).word().equals("%")) {
                        unit = "%";
                        last = i + 2;
                    } else if (next.matches("[KMGT]") && s.get(i + 1).begin() == t.end()) {
                        magnitude = true;   // the tokenizer cuts "1.3G" after the number
                        unit = next;
                        last = i + 1;
                    } else {
                        unit = unitOf(next);
                        last = unit == null ? i : i + 1;
                    }
                }
                String after = last + 1 < s.size() ? s.get(last + 1).lower() : "";
                // "twice as fast", "3x as quick": a speed-up.
                if (after.equals("as") && last + 2 < s.size() && Set.of("fast", "quickly", "quick").contains(s.get(last + 2).lower())) {
                    after = "faster";
                }
                boolean bare = unit == null && !word.contains(".") && v.group(3) == null && sign == null;
                if (bare && (YEAR.matcher(word).matches() || !"=".equals(i > 0 ? s.get(i - 1).word() : "")
                        && !"of".equals(i > 0 ? s.get(i - 1).lower() : ""))) {
                    continue;   // a bare integer is a count, a year or part of a name far more often than a score
                }
                // "7B parameters", and "5x fewer parameters" too: a count or a size, unless a percentage or "3x times".
                if (cues.resultCountNouns().contains(after) && !"%".equals(unit) && !("x".equals(unit) && after.equals("times"))) {
                    continue;
                }
                // "2.5x faster", "a 1.96x speedup", "50% faster": a speed-up, whatever metric the sentence names besides.
                boolean speed = cues.resultSpeedWords().contains(after) && !after.equals("speed") && unit != null
                        || "x".equals(unit) && i > 0 && cues.resultSpeedWords().contains(s.get(i - 1).lower());
                Mention named = speed ? null : measureAfter(text, s, last + 1, si, here);
                if (named != null && !here.contains(named)
                        && measured.stream().noneMatch(m -> m.begin() == named.begin() && m.end() == named.end())) {
                    measured.add(named);
                }
                Mention metric = named != null ? named
                        : speed && mentionAt(here, s.get(Math.min(last + 1, s.size() - 1)), EntityType.METRIC) == null ? null
                        : metricOf(s, i, last, here);
                String metricName = metric != null ? nameOf(metric) : speed ? "speedup" : null;
                if (metricName == null || magnitude && (metric == null || metric.begin() < s.get(last).end())) {
                    continue;
                }
                String before = i > 0 ? s.get(i - 1).lower() : "";
                // "+0.8% accuracy": a signed value is a change; "-0.42 correlation" a negative value reached.
                boolean relative = speed || "+".equals(sign) || before.equals("by") || cues.resultChangeAfter().contains(after)
                        || metric != null && metric.begin() >= s.get(last).end() && changeFollows(s, metric);
                int valueBegin = t.begin();
                int valueEnd = s.get(last).end();
                Mention dataset = datasetOf(here, metric, valueBegin, valueEnd, text);
                Mention method = subjectBefore(s, here, valueBegin);
                String methodName = method != null ? nameOf(method) : proposed;
                if (after.equals("of") && (last + 2 < s.size() && cues.resultOwners().contains(s.get(last + 2).lower())
                        || last + 3 < s.size() && cues.resultOwners().contains(s.get(last + 3).lower()))) {
                    methodName = null;   // "the 91.0% of human annotators": someone else's value
                }
                String written = text.substring(valueBegin, valueEnd);
                String datasetName = dataset == null ? null : nameOf(dataset);
                if (slashed.matches()) {
                    int at = valueBegin;
                    for (String part : t.word().split("/")) {
                        out.add(new ResultClaim(methodName, datasetName, metricName, new BigDecimal(part), unit, part, at,
                                at + part.length(), si, relative));
                        at += part.length() + 1;
                    }
                } else if (v.group(3) == null) {
                    BigDecimal value = new BigDecimal(v.group(2));
                    out.add(new ResultClaim(methodName, datasetName, metricName, sign != null && !sign.equals("+") ? value.negate() : value, unit, written,
                            valueBegin, valueEnd, si, relative));
                } else {
                    // Each end of a range is a result of its own, placed on its own digits.
                    for (int g = 2; g <= 3; g++) {
                        out.add(new ResultClaim(methodName, datasetName, metricName, new BigDecimal(v.group(g)), unit,
                                written, valueBegin + v.start(g), g == 2 ? valueBegin + v.end(g) : valueEnd, si, relative));
                    }
                }
            }
        }
        return out;
    }

    /** "a 37% latency reduction": a word of change right after the metric makes the value a change of it. */
    private boolean changeFollows(List<Token> s, Mention metric) {
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.get(k).end() == metric.end()) {
                String next = s.get(k + 1).lower();
                return cues.resultChangeAfter().contains(next) || cues.resultSpeedWords().contains(next);
            }
        }
        return false;
    }

    private static String unitOf(String next) {
        if (PERCENT.contains(next)) {
            return "%";
        }
        if (TIMES.contains(next)) {
            return "x";
        }
        return TIME_UNITS.contains(next) || SIZE_UNITS.contains(next) ? next : null;
    }

    /**
     * The metric a value is in: named right after it ("81.2% top-1 accuracy", "3.2% higher accuracy") or before it in
     * the same clause ("a perplexity of 18.2", "improves accuracy on GSM8K by 3.2%", "accuracy (96%)").
     */
    private Mention metricOf(List<Token> s, int first, int last, List<Mention> here) {
        int reach = last + 5;
        for (int k = last + 1; k < Math.min(s.size(), reach); k++) {
            Mention m = mentionAt(here, s.get(k), EntityType.METRIC);
            if (m != null) {
                return m;
            }
            String w = s.get(k).lower();
            if (mentionAt(here, s.get(k), EntityType.DATASET) != null) {
                reach++;   // "84.5% ImageNet zero-shot accuracy"
                continue;
            }
            if ((w.equals("and") || w.equals(",") || w.equals("or")) && k + 1 < s.size() && VALUE.matcher(s.get(k + 1).word()).matches()) {
                reach += 3;   // "0.7% and 1.5% higher top-1 accuracy": both values are in the metric named after the last
                k++;
                continue;
            }
            if (!cues.resultGlueAfter().contains(w) && !cues.resultChangeAfter().contains(w) && !PERCENT.contains(w)
                    && !TIMES.contains(w)) {
                break;
            }
        }
        for (int k = first - 1; k >= Math.max(0, first - 15); k--) {
            Token t = s.get(k);
            Mention m = mentionAt(here, t, EntityType.METRIC);
            if (m != null) {
                return m;
            }
            String w = t.lower();
            if (w.equals(";") || w.equals("while") || w.equals("whereas") || w.equals("but")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A measure of one to four words right after a value, past a word of change ("47% smaller model size", "84.5%
     * zero-shot accuracy"): modifiers and a last word that names a measure, or a count that changes. A metric mention inside it ("accuracy") is
     * taken whole into it; one that covers more, or another type's mention, leaves it to the other rules.
     */
    private Mention measureAfter(String text, List<Token> s, int from, int si, List<Mention> here) {
        int k = from;
        while (k < s.size() && k < from + 2 && cues.resultChangeAfter().contains(s.get(k).lower())) {
            k++;
        }
        boolean change = k > from;
        if (change && k < s.size() && (s.get(k).lower().equals("in") || s.get(k).lower().equals("of"))) {
            k++;   // "an 8x increase in model size"
        }
        while (k < s.size() && s.get(k).tag().startsWith("JJ") && cues.notNarrowing().contains(s.get(k).lower())) {
            k++;   // "30% additional running time": the measure is the running time
        }
        int first = k;
        while (k < s.size() && k - first < 4 && isModifierOrNoun(s.get(k))) {
            k++;
        }
        // A changed count is a measure too: "40x fewer training tokens", "14 times fewer training steps".
        if (change && k < s.size() && k - first < 4 && cues.resultCountNouns().contains(s.get(k).lower())) {
            k++;
        }
        if (k == first) {
            return null;
        }
        String head = s.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        boolean count = change && cues.resultCountNouns().contains(s.get(k - 1).lower());
        // One word alone is a measure when it names one ("0.4 correlation", "76% cost"); "time", "size" and
        // "quality" alone, and a count alone ("10x fewer parameters"), say too little.
        if (k - first == 1 && (count || cues.resultVagueMeasures().contains(head))
                || !s.get(k - 1).tag().startsWith("NN") || !cues.resultMeasureHeads().contains(head) && !count) {
            return null;
        }
        int begin = s.get(first).begin();
        int end = s.get(k - 1).end();
        for (Mention m : here) {
            if (m.type() == EntityType.METRIC && m.begin() == begin && m.end() == end) {
                return m;   // found already, with what the gazetteer knows of it
            }
        }
        for (Mention m : here) {
            if (m.begin() < end && begin < m.end() && (m.type() != EntityType.METRIC || m.begin() < begin || m.end() > end)) {
                return null;
            }
        }
        return new Mention(EntityType.METRIC, text.substring(begin, end), begin, end, si, Role.USED, Extractor.STAGE_RESULTS,
                0.8, null, null);
    }

    private boolean isModifierOrNoun(Token t) {
        String tag = t.tag();
        boolean shaped = tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("VBN")
                || tag.equals("CD") && t.word().chars().anyMatch(Character::isLetter);
        return shaped && Character.isLetter(t.word().charAt(0)) && !cues.resultChangeAfter().contains(t.lower())
                && !cues.resultCountNouns().contains(t.lower());
    }

    private static Mention mentionAt(List<Mention> mentions, Token t, EntityType type) {
        for (Mention m : mentions) {
            if (m.type() == type && m.begin() <= t.begin() && t.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    private static boolean inside(List<Mention> mentions, Token t) {
        return mentions.stream().anyMatch(m -> m.type() != EntityType.METRIC && m.begin() <= t.begin() && t.end() <= m.end());
    }

    /**
     * The dataset a value is measured on: one named between the metric and the value ("accuracy on GSM8K of 81%"),
     * one named after it in the same clause ("81.2% on ImageNet"), else the last one named before it.
     */
    private static Mention datasetOf(List<Mention> mentions, Mention metric, int valueBegin, int valueEnd, String text) {
        if (metric != null) {
            for (Mention m : mentions) {
                if (m.type() == EntityType.DATASET && m.begin() >= metric.end() && m.end() <= valueBegin) {
                    return m;
                }
            }
        }
        Mention after = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATASET && m.begin() >= valueEnd && m.begin() - valueEnd <= 60
                    && (after == null || m.begin() < after.begin())) {
                after = m;
            }
        }
        if (after != null) {
            String between = text.substring(valueEnd, after.begin()).toLowerCase(Locale.ROOT);
            if (between.matches(".*\\b(?:on|in|for|over|across)\\b.*") && between.indexOf(',') < 0 && between.indexOf(';') < 0) {
                return after;
            }
        }
        return nearestBefore(mentions, EntityType.DATASET, valueBegin);
    }

    /**
     * The method a value is reported for: the last method named before it that is not the other side of a comparison
     * ("X outperforms Y by 3%": X).
     */
    private Mention subjectBefore(List<Token> s, List<Mention> mentions, int valueBegin) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() != EntityType.METHOD || m.end() > valueBegin || best != null && m.begin() <= best.begin()) {
                continue;
            }
            if (!compared(s, m)) {
                best = m;
            }
        }
        return best != null ? best : nearestBefore(mentions, EntityType.METHOD, valueBegin);
    }

    private boolean compared(List<Token> s, Mention m) {
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).begin() == m.begin()) {
                String before = k > 0 ? s.get(k - 1).lower() : "";
                String before2 = k > 1 ? s.get(k - 2).lower() : "";
                return cues.resultAgainst().contains(before)
                        || (before.equals("to") || before.equals("with")) && before2.equals("compared");
            }
        }
        return false;
    }

    private static Mention nearestBefore(List<Mention> mentions, EntityType type, int begin) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() == type && m.end() <= begin && (best == null || m.begin() > best.begin())) {
                best = m;
            }
        }
        return best;
    }

    static String nameOf(Mention m) {
        return m.canonical() != null ? m.canonical() : m.text();
    }
}
