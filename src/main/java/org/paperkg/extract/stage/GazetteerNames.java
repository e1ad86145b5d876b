package org.paperkg.extract.stage;

import java.util.List;
import java.util.Locale;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * The names the gazetteer knows, in a sentence of the abstract or in the title; those learnt from papers stored before
 * are recorded as {@link #KNOWN_NAME}.
 */
public final class GazetteerNames extends SentenceStage {
    /** A name of an entity stored before (defined in an earlier paper), found again. */
    public static final String KNOWN_NAME = "known-name";

    private final double confidence;
    private final double shortCapitalsConfidence;
    private final double storedDiscount;

    public GazetteerNames(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
        shortCapitalsConfidence = settings.number("confidence.short-capitals");
        storedDiscount = settings.number("stored-discount");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        for (Gazetteer.Match m : x.known()) {
            Gazetteer.Entry e = m.entry();
            // In a title or at a sentence start every word is capitalised: "Transformers" there names no architecture.
            if ((x.inTitle() || m.start() == 0) && gazetteer.isForcedCase(s, m)) {
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
            String surface = x.text().substring(begin, end);
            // A short all-capitals name is more often something else than a long one.
            double sure = surface.length() <= 3 && surface.equals(surface.toUpperCase(Locale.ROOT)) ? shortCapitalsConfidence : confidence;
            out.add(new Mention(e.type(), surface, begin, end, x.index(), Role.USED,
                    e.fromStore() ? KNOWN_NAME : name(), e.fromStore() ? sure - storedDiscount : sure, e.label(), null, x.inTitle()));
        }
    }
}
