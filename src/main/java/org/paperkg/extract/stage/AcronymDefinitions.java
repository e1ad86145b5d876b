package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/** "Target Projection Stochastic Gradient Descent (tpSGD)": long and short form of one entity (Schwartz–Hearst). */
public final class AcronymDefinitions extends SentenceStage {
    private final double confidence;
    private final double knownConfidence;

    public AcronymDefinitions(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
        knownConfidence = settings.number("confidence.known");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        String text = x.text();
        List<Token> s = x.tokens();
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
            boolean proposed = x.proposalVerb() >= 0 && x.proposalVerb() < p;
            EntityType type = known != null ? known.type() : typeByHead(longTokens, proposed);
            if (type == null) {
                continue;
            }
            Role role = proposed && known == null ? Role.PROPOSED : Role.USED;
            String canonical = known == null ? null : known.label();
            double sure = known != null ? knownConfidence : confidence;
            out.add(new Mention(type, longForm, longBegin, longEnd, x.index(), role, name(), sure, canonical, shortForm));
            out.add(new Mention(type, shortForm, s.get(p + 1).begin(), s.get(q - 1).end(), x.index(), role, name(),
                    sure, canonical, longForm));
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
}
