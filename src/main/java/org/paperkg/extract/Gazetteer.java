package org.paperkg.extract;

import org.paperkg.model.EntityType;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Known names of methods, datasets, metrics and tasks ({@code gazetteer.tsv}), matched longest-first on
 * CoreNLP tokens. Names are tokenised with the pipeline's own tokenizer so that both sides split alike.
 * A name written with an inner capital (BERT, ImageNet), or marked with a leading "=", must match its case;
 * other names match any case, and a plural last word (datasets, benchmarks) matches through its lemma. A run of words
 * starting name-shaped (an inner capital, a digit or a hyphen) that matches no name as written matches one that differs
 * only in case, hyphens and spaces: Cifar10 is CIFAR-10, Resnet-50 ResNet-50, GPT4o GPT-4o, question-answering
 * question answering.
 */
public final class Gazetteer {
    /** A known entity: its type and canonical label; {@code fromStore} when it was learnt from papers stored before. */
    public record Entry(EntityType type, String label, boolean fromStore) {
        Entry(EntityType type, String label) {
            this(type, label, false);
        }
    }

    /** For metrics: whether a higher value is better, by canonical label; absent when the file does not say. */
    private final Map<String, Boolean> higherIsBetter = new HashMap<>();

    /** External identifiers of an entry, as written in the file ({@code wikidata:Q…}), in file order. */
    private final Map<Entry, List<String>> links = new java.util.LinkedHashMap<>();

    /** Names that match with their case only because they were marked "=": common words such as Transformer. */
    private final java.util.Set<String> forced = new java.util.HashSet<>();

    /** A match: tokens [start, end) of a sentence name {@code entry}. */
    public record Match(int start, int end, Entry entry) {
    }

    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> anyCase = new HashMap<>();
    /** Every name by its loose key (lower case, no hyphens or spaces), for the runs no name matches as written. */
    private final Map<String, List<Entry>> loose = new HashMap<>();
    private int looseLongest;
    /**
     * Lower-cased first word of every name to the most tokens a name starting with it has: most tokens start no name,
     * so the matcher tries spans only where one can start, and no longer than the longest name there.
     */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private StanfordCoreNLP tokenizer;

    /**
     * This gazetteer and the names of entities stored before (label and other names per entity), matched with their
     * case. A name the file knows already, or one that names two stored entities, is left out: it stays the file's,
     * or ambiguous names would cancel each other.
     */
    Gazetteer withStored(Map<Entry, ? extends java.util.Collection<String>> stored) {
        Gazetteer g = new Gazetteer();
        g.tokenizer = tokenizer;
        g.higherIsBetter.putAll(higherIsBetter);
        g.forced.addAll(forced);
        g.links.putAll(links);
        exact.forEach((k, v) -> g.exact.put(k, new ArrayList<>(v)));
        anyCase.forEach((k, v) -> g.anyCase.put(k, new ArrayList<>(v)));
        loose.forEach((k, v) -> g.loose.put(k, new ArrayList<>(v)));
        g.looseLongest = looseLongest;
        g.longestFrom.putAll(longestFrom);
        Map<String, Entry> fresh = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        java.util.Set<String> clash = new java.util.HashSet<>();
        stored.forEach((entry, names) -> {
            for (String name : names) {
                String key = g.key(name);
                if (exact.containsKey(key) || anyCase.containsKey(key.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Entry before = fresh.putIfAbsent(key, entry);
                if (before != null && !before.equals(entry)) {
                    clash.add(key);
                }
                written.putIfAbsent(key, name);
            }
        });
        fresh.forEach((key, entry) -> {
            if (!clash.contains(key)) {
                g.add(tokenizer, written.get(key), entry, true);
            }
        });
        return g;
    }

    /** A name as the matcher keys it: its tokens (hyphenated words joined) separated by spaces. */
    private String key(String name) {
        return String.join(" ", words(tokenizer, name));
    }

    Map<Entry, List<String>> links() {
        return links;
    }

    static Gazetteer load(String resource, String tokenizeOptions) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", tokenizeOptions);
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        Gazetteer g = new Gazetteer();
        g.tokenizer = tokenizer;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected TYPE<tab>label[<tab>names]");
                }
                Entry entry = new Entry(EntityType.valueOf(cols[0].strip()), cols[1].strip().replaceFirst("^=", ""));
                g.add(tokenizer, cols[1].strip(), entry);
                if (cols.length > 3 && !cols[3].isBlank()) {
                    g.higherIsBetter.put(entry.label(), cols[3].strip().equals("higher"));
                }
                if (cols.length > 4 && !cols[4].isBlank()) {
                    g.links.put(entry, List.of(cols[4].strip().split("\\s+")));
                }
                if (cols.length > 2) {
                    for (String name : cols[2].split("\\|")) {
                        if (!name.isBlank()) {
                            g.add(tokenizer, name.strip(), entry);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return g;
    }

    private void add(StanfordCoreNLP tokenizer, String written, Entry entry) {
        add(tokenizer, written, entry, false);
    }

    private void add(StanfordCoreNLP tokenizer, String written, Entry entry, boolean withCase) {
        boolean forceCase = written.startsWith("=");
        String name = forceCase ? written.substring(1) : written;
        List<String> words = words(tokenizer, name);
        if (words.isEmpty()) {
            return; // nothing a sentence could match
        }
        longestFrom.merge(words.get(0).toLowerCase(Locale.ROOT), words.size(), Math::max);
        boolean caseMatters = withCase || forceCase || hasInnerCapital(name);
        String key = String.join(" ", words);
        if (forceCase) {
            forced.add(key);
        }
        Map<String, List<Entry>> map = caseMatters ? exact : anyCase;
        List<Entry> entries = map.computeIfAbsent(caseMatters ? key : key.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
        if (!forceCase) {
            List<Entry> alike = loose.computeIfAbsent(looseKey(key), k -> new ArrayList<>());
            if (!alike.contains(entry)) {
                alike.add(entry);
            }
            looseLongest = Math.max(looseLongest, words.size());
        }
    }

    private static String looseKey(String words) {
        return LOOSE_DROP.matcher(words.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final java.util.regex.Pattern LOOSE_DROP = java.util.regex.Pattern.compile("[-\u2010\u2011_\\s]+");

    /** A digit, a hyphen or a capital after the first letter: a capital alone may just start a sentence (Math, Zero). */
    private static boolean nameShaped(String word) {
        return hasInnerCapital(word) || word.chars().anyMatch(c -> Character.isDigit(c) || c == '-');
    }

    private static List<String> words(StanfordCoreNLP tokenizer, String name) {
        CoreDocument doc = new CoreDocument(name);
        tokenizer.annotate(doc);
        List<Token> tokens = doc.tokens().stream()
                .map(t -> new Token(t.word(), t.word(), null, t.beginPosition(), t.endPosition())).collect(Collectors.toList());
        return Tokens.joinHyphenated(tokens, name).stream().map(Token::word).collect(Collectors.toList());
    }

    static boolean hasInnerCapital(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The entry a run of tokens names as a whole, or null when unknown or ambiguous. */
    public Entry lookup(List<Token> tokens) {
        return lookup(String.join(" ", tokens.stream().map(Token::word).toList()));
    }

    /** The entry a name written as one string names ("BLEU-4", "CIFAR-10"), or null when unknown or ambiguous. */
    public Entry lookup(String name) {
        List<Entry> e = exact.get(name);
        if (e == null) {
            e = anyCase.get(name.toLowerCase(Locale.ROOT));
        }
        return e != null && e.size() == 1 ? e.get(0) : null;
    }

    /** Whether a higher value of the metric with this canonical label is better; null when unknown. */
    Boolean higherIsBetter(String label) {
        return higherIsBetter.get(label);
    }

    /** Whether a match is of a name marked "=", which capitalisation alone (a title, a sentence start) can fake. */
    public boolean isForcedCase(List<Token> sentence, Match m) {
        return forced.contains(join(sentence.subList(m.start(), m.end()), false, false));
    }

    /** Longest non-overlapping matches in one sentence, left to right; ambiguous names are left out. */
    public List<Match> matches(List<Token> sentence) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            Match m = longestAt(sentence, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestAt(List<Token> s, int start) {
        Token first = s.get(start);
        int longest = longestFrom.getOrDefault(first.lower(), 0);
        if (longest == 0 && isPlural(first) && longestFrom.containsKey(first.lemma().toLowerCase(Locale.ROOT))) {
            longest = 1; // a plural alone is looked up by its lemma
        }
        boolean shaped = nameShaped(first.word());
        for (int n = Math.min(shaped ? Math.max(longest, looseLongest) : longest, s.size() - start); n >= 1; n--) {
            List<Token> span = s.subList(start, start + n);
            List<Entry> found = exact.get(join(span, false, false));
            if (found == null) {
                found = anyCase.get(join(span, true, false));
            }
            if (found == null && isPlural(span.get(n - 1))) {
                found = anyCase.get(join(span, true, true));
            }
            if (found == null && shaped) {
                found = loose.get(looseKey(join(span, false, false)));   // the longest match, loose or not ("ImageNet 1K")
            }
            if (found != null) {
                return found.size() == 1 ? new Match(start, start + n, found.get(0)) : null;
            }
        }
        return null;
    }

    private static boolean isPlural(Token t) {
        return t.tag() != null && t.tag().startsWith("NNS") || "NNPS".equals(t.tag());
    }

    private static String join(List<Token> span, boolean lower, boolean lemmaLast) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < span.size(); i++) {
            Token t = span.get(i);
            String w = lemmaLast && i == span.size() - 1 ? t.lemma() : t.word();
            if (i > 0) {
                b.append(' ');
            }
            b.append(lower ? w.toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }
}
