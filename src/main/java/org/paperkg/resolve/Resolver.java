package org.paperkg.resolve;

import org.paperkg.model.Knowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * The resolve stage for one paper: mentions become entities. Mentions with one key are one entity, and an
 * acronym and the long form it is defined with are one entity whose label is the acronym (DaSS) and whose
 * names hold both. Known (gazetteer) names resolve to their canonical label. An entity has one type, the one its
 * mentions and results give the most evidence for: a name that one sentence shows as a dataset ("on CrisisHelpOffer")
 * and the model reads as a method elsewhere is one dataset, not a dataset and a method.
 */
public final class Resolver {
    private final Knowledge knowledge;

    /** A resolver that knows no families and no metric directions. */
    public Resolver() {
        this(Knowledge.NONE);
    }

    public Resolver(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public List<Entity> resolve(Extraction extraction) {
        Map<String, String> parent = new HashMap<>();
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : extraction.mentions()) {
            String key = key(m);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            parent.putIfAbsent(key, key);
        }
        for (Mention m : extraction.mentions()) {
            if (m.definedAs() != null && m.canonical() == null) {
                String other = EntityKey.ofName(m.definedAs());
                if (parent.containsKey(other)) {
                    union(parent, key(m), other);
                }
            }
        }
        unionAcronyms(extraction.mentions(), parent);
        unionKnownSpellings(extraction.mentions(), parent);
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
            groups.computeIfAbsent(find(parent, e.getKey()), k -> new ArrayList<>()).addAll(e.getValue());
        }
        List<Entity> out = new ArrayList<>();
        for (List<Mention> group : groups.values()) {
            group.sort(Comparator.comparingInt(Mention::begin));
            out.add(entity(group, typeOf(group, extraction), knowledge));
        }
        out.sort(Comparator.comparing((Entity e) -> e.mentions().get(0).begin()));
        return out;
    }

    /**
     * "large language models … LLMs", "Sharpness-Aware Minimization … SAM": an acronym and a name of the same type
     * whose words it spells by their initials are one entity, where or whether the abstract defines it. Across types
     * initials are no evidence: "LMs" and "language modelling" are a method and a task.
     */
    private static void unionAcronyms(List<Mention> mentions, Map<String, String> parent) {
        Map<String, String> byInitials = new HashMap<>();
        for (Mention m : mentions) {
            for (String initials : initialsVariants(m.text())) {
                byInitials.putIfAbsent(m.type().path() + "/" + initials, key(m));
            }
        }
        for (Mention m : mentions) {
            String letters = acronymLetters(m.text());
            String longKey = letters == null ? null : byInitials.get(m.type().path() + "/" + letters);
            if (longKey != null) {
                union(parent, longKey, key(m));
            }
        }
    }

    /**
     * "Vision-Language Models" in a title beside "vision-language models" that the gazetteer knows as VLM: a name found
     * without its canonical label is the entity that the same name, found with one, is.
     */
    private static void unionKnownSpellings(List<Mention> mentions, Map<String, String> parent) {
        Map<String, String> known = new HashMap<>();
        for (Mention m : mentions) {
            if (m.canonical() != null) {
                known.putIfAbsent(m.type().path() + "/" + EntityKey.ofName(m.text()), key(m));
            }
        }
        for (Mention m : mentions) {
            String canonicalKey = m.canonical() == null ? known.get(m.type().path() + "/" + EntityKey.ofName(m.text())) : null;
            if (canonicalKey != null) {
                union(parent, canonicalKey, key(m));
            }
        }
    }

    /** An acronym of the group that spells the initials of another of its names ("LLMs" beside "large language models"). */
    private static java.util.Optional<String> spelledAcronym(List<Mention> group) {
        Set<String> initials = new java.util.HashSet<>();
        group.forEach(m -> initials.addAll(initialsVariants(m.text())));
        return group.stream().map(Mention::text).filter(t -> initials.contains(acronymLetters(t))).findFirst();
    }

    /** The lower-cased initials of the words of a name ("mixture-of-experts" gives "moe"). */
    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append(Character.toLowerCase(w.charAt(0))));
        return b.toString();
    }

    /**
     * The ways an acronym may spell a name of two or more words: its initials ("moe"); with a word in capitals spelled
     * whole and "to" or "for" as a digit ("Guided Offline RL" gives "gorl", "Module-to-Module Knowledge Distillation"
     * "m2mkd"); and a letter repeated written with its count ("Dynamic Discriminative Operations" gives "d2o").
     */
    static Set<String> initialsVariants(String name) {
        List<String> words = words(name);
        if (words == null) {
            return Set.of();
        }
        StringBuilder spelled = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            spelled.append(lower.equals("to") ? "2" : lower.equals("for") ? "4"
                    : w.length() > 1 && w.chars().allMatch(Character::isUpperCase) ? lower : lower.substring(0, 1));
        }
        String plain = initials(words);
        return new LinkedHashSet<>(List.of(plain, spelled.toString(), counted(plain)));
    }

    /** "ddo" as "d2o": a run of one letter written once with its count. */
    private static String counted(String letters) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < letters.length(); ) {
            int j = i;
            while (j < letters.length() && letters.charAt(j) == letters.charAt(i)) {
                j++;
            }
            b.append(letters.charAt(i));
            if (j - i > 1) {
                b.append(j - i);
            }
            i = j;
        }
        return b.toString();
    }

    /** The words of a name of two or more words, split at spaces and hyphens, each starting with a letter; else null. */
    private static List<String> words(String name) {
        String[] words = name.strip().split("[\\s\u2010\u2011-]+");
        if (words.length < 2) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return null;
            }
        }
        return List.of(words);
    }

    /**
     * The lower-cased letters of an acronym ("LLMs" gives "llm", "MoE" "moe", "V-MoE" "vmoe"), digits kept ("D2O",
     * "m2mKD"), else null.
     */
    static String acronymLetters(String name) {
        String n = name.strip().replace("-", "");
        if (n.length() > 1 && n.endsWith("s") && Character.isUpperCase(n.charAt(n.length() - 2))) {
            n = n.substring(0, n.length() - 1);
        }
        long upper = n.chars().filter(Character::isUpperCase).count();
        if (n.length() < 2 || n.length() > 8 || upper < 2 || !Character.isLetter(n.charAt(0))
                || !n.chars().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return n.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The type with the most evidence: each mention weighs its confidence, each result naming the entity (by a name
     * or its canonical label, as results do) one more for the type it names it as; a tie goes to the first mention's
     * type. The group is in text order.
     */
    private static EntityType typeOf(List<Mention> group, Extraction extraction) {
        Map<EntityType, Double> evidence = new java.util.EnumMap<>(EntityType.class);
        Set<String> names = new java.util.HashSet<>();
        for (Mention m : group) {
            evidence.merge(m.type(), m.confidence(), Double::sum);
            names.add(m.text());
            if (m.canonical() != null) {
                names.add(m.canonical());
            }
        }
        for (var r : extraction.results()) {
            if (names.contains(r.metric())) {
                evidence.merge(EntityType.METRIC, 1.0, Double::sum);
            }
            if (names.contains(r.method())) {
                evidence.merge(EntityType.METHOD, 1.0, Double::sum);
            }
            if (names.contains(r.dataset())) {
                evidence.merge(EntityType.DATASET, 1.0, Double::sum);
            }
        }
        EntityType first = group.get(0).type();
        double best = evidence.get(first);
        EntityType type = first;
        for (Map.Entry<EntityType, Double> e : evidence.entrySet()) {
            if (e.getValue() > best + 1e-9) {
                best = e.getValue();
                type = e.getKey();
            }
        }
        return type;
    }

    private static Entity entity(List<Mention> group, EntityType type, Knowledge knowledge) {
        group.replaceAll(m -> m.type() == type ? m : m.withType(type));
        Mention first = group.get(0);
        String canonical = group.stream().map(Mention::canonical).filter(c -> c != null).findFirst().orElse(null);
        // Long forms first, then the shorter names, each once.
        Set<String> names = new LinkedHashSet<>();
        group.stream().map(Mention::text).sorted(Comparator.comparingInt(String::length).reversed()).forEach(names::add);
        String label;
        String key;
        if (canonical != null) {
            label = canonical;
            key = EntityKey.ofLabel(canonical);
        } else {
            // An acronym names the entity where the abstract defines one; else its first name.
            label = group.stream().filter(m -> m.definedAs() != null && m.text().length() < m.definedAs().length())
                    .map(Mention::text).findFirst().orElse(spelledAcronym(group).orElse(first.text()));
            key = EntityKey.ofName(label);
        }
        Role role = group.stream().anyMatch(m -> m.role() == Role.PROPOSED) ? Role.PROPOSED : Role.USED;
        double confidence = group.stream().mapToDouble(Mention::confidence).max().orElse(0);
        String family = knowledge.familyOf(label);
        String broaderLabel = family == null || EntityKey.ofLabel(family).equals(key) ? null : family;
        Boolean higherIsBetter = type == EntityType.METRIC ? knowledge.higherIsBetter(canonical != null ? canonical : label) : null;
        return new Entity(type, label, new ArrayList<>(names), role, key, confidence, group, broaderLabel, higherIsBetter);
    }

    private static String key(Mention m) {
        return m.canonical() != null ? EntityKey.ofLabel(m.canonical()) : EntityKey.ofName(m.text());
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.get(k);
        while (!p.equals(k)) {
            k = p;
            p = parent.get(k);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
