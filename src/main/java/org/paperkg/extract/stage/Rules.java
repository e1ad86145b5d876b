package org.paperkg.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.extract.CrfNer;
import org.paperkg.extract.Cues;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * What the stages share: the cue words, the gazetteer, the trained model, and the tests of word shape and the list
 * readers that more than one stage uses.
 */
public final class Rules {
    /** Sizes and dimensions (3D, 20K, 7B, 128k) are name-shaped but name nothing. */
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[A-Za-z]{1,2}|\\d+-[a-z]+|[a-z]-[a-z]+");
    /** The words that may stand between the names of a list. */
    static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "both", "as", "well");

    private final Cues cues;
    private final Gazetteer gazetteer;
    private final CrfNer model;

    /** {@code model} is null when the build ships none. */
    public Rules(Cues cues, Gazetteer gazetteer, CrfNer model) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.model = model;
    }

    public Cues cues() {
        return cues;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The trained crf-ner model, or null when the build ships none. */
    public CrfNer model() {
        return model;
    }

    /** Index of the verb by which the paper itself brings something in ("we propose"), or -1. */
    public int proposalVerb(List<Token> s) {
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
    public boolean isNameShaped(String w) {
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
    boolean isCapitalisedWord(Token t, int index) {
        String w = t.word();
        return index > 0 && w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                && w.chars().skip(1).allMatch(Character::isLowerCase) && !cues.notNames().contains(w);
    }

    boolean isGazetteerWord(List<Token> s, int j) {
        return gazetteer.lookup(List.of(s.get(j))) != null;
    }

    static boolean followedByHead(List<Token> s, int j, Set<String> heads) {
        return j + 1 < s.size() && heads.contains(s.get(j + 1).lemma().toLowerCase(Locale.ROOT));
    }

    static boolean endsWithBench(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("bench") && name.length() > 5;
    }

    public boolean isTaskWord(Token t) {
        String tag = t.tag();
        return (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG")) && Character.isLetter(t.word().charAt(0))
                && !Set.of("tasks", "task", "other", "various", "several", "many", "diverse", "downstream", "different",
                "multiple", "new", "novel", "challenging", "such", "including", "most", "some").contains(t.lower());
    }

    /**
     * The last token of a list member of several words starting at {@code k}: capitalised words and version numbers
     * ("Penn Treebank", "Claude 3 Opus", "Gemini Pro"), at most four; {@code k} itself when the member is one word.
     */
    int memberEnd(List<Token> s, int k) {
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

    /**
     * The phrases of a list read from token {@code from} in direction {@code step}, each added as a task or metric
     * found by stage {@code rule}.
     */
    void listPhrases(Sentence x, int from, int step, boolean needHead, EntityType type, String rule, double confidence,
            List<Mention> out) {
        List<Token> s = x.tokens();
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
                out.add(new Mention(type, x.text().substring(begin, end), begin, end, x.index(), Role.USED, rule, confidence,
                        null, null));
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

    /** Where the examples start when the words at {@code k} introduce them ("including", "such as", "i.e.,", ":"), else -1. */
    static int listIntroduced(List<Token> s, int k) {
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
    List<int[]> listedNames(List<Token> s, int from) {
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

    boolean nameShapedIn(List<Token> s, int[] member) {
        return s.subList(member[0], member[1] + 1).stream().anyMatch(t -> isNameShaped(t.word()));
    }

    /** The dataset a member of a list of names ({@link #listedNames}) names. */
    static Mention listedDataset(Sentence x, int[] member, String rule, double confidence) {
        Token first = x.tokens().get(member[0]);
        Token last = x.tokens().get(member[1]);
        return new Mention(EntityType.DATASET, x.text().substring(first.begin(), last.end()), first.begin(), last.end(),
                x.index(), Role.USED, rule, confidence, null, null);
    }

    /** Whether the name ending at token {@code j} is a subject, or named as a method or task by the word after it. */
    boolean describesSomethingElse(List<Token> s, int j) {
        boolean subject = j + 1 < s.size() && (s.get(j + 1).tag().startsWith("VB") || cues.notNames().contains(s.get(j + 1).word()));
        return subject || followedByHead(s, j, cues.methodHeads()) || followedByHead(s, j, cues.taskHeads());
    }
}
