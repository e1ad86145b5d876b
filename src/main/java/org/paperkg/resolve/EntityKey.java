package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which names of one entity meet across papers: case, spaces versus hyphens and a plural
 * last word do not count, versions do (ResNet-50 and ResNet-101 keep distinct keys). Keys are IRI-safe slugs.
 */
public final class EntityKey {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.+]+");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z][A-Z0-9]+s");
    private static final Pattern LOWER_PLURAL = Pattern.compile("[a-z]{3,}(?<![su])s");
    /** "Models" in "Large Language Models": a capitalised plural, taken as one where the name has words before it. */
    private static final Pattern TITLE_PLURAL = Pattern.compile("[A-Z][a-z]{2,}(?<![su])s");

    private EntityKey() {
    }

    /** Key of a curated label: kept as written but for case and separators. */
    public static String ofLabel(String label) {
        String n = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace('×', 'x').replace("@", "-at-");
        n = SEPARATORS.matcher(n).replaceAll("-");
        n = n.replaceAll("^[-.]+|[-.]+$", "");
        return n.isEmpty() ? "unnamed" : n;
    }

    /**
     * Key of a name found in text: as {@link #ofLabel}, and a plural last word made singular where it is a
     * plural for sure: an acronym with a plural s (LLMs, GANs), a lower-case word (transformers), or a capitalised
     * word after others (Large Language Models, as a title writes large language models). One-word names such as
     * SimpleBooks or Titans keep their s.
     */
    public static String ofName(String name) {
        String trimmed = name.strip();
        int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('-'));
        String last = trimmed.substring(space + 1);
        if (ACRONYM_PLURAL.matcher(last).matches() || LOWER_PLURAL.matcher(last).matches()
                || space > 0 && TITLE_PLURAL.matcher(last).matches()) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return ofLabel(trimmed);
    }
}
