package org.paperkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The word lists of {@code cues.properties}, which the rules read instead of Java literals. */
public record Cues(Set<String> proposalVerbs, Set<String> proposalSubjects, Set<String> namingVerbs,
            Set<String> datasetHeads, Set<String> metricHeads, Set<String> taskHeads, Set<String> titleTaskHeads, Set<String> methodHeads,
            Set<String> proposalStops, Set<String> notNames, Set<String> genericTerms, Set<String> ownDeterminers,
            Set<String> comparisonWords, Set<String> onNotAfter, Set<String> surveyWords, Set<String> metricNotAfter,
            Set<String> resultGlueAfter, Set<String> resultChangeAfter, Set<String> resultSpeedWords,
            Set<String> resultCountNouns, Set<String> resultOwners, Set<String> resultAgainst, Set<String> measureWords,
            Set<String> notEntities, Set<String> genericHeads, Set<String> resultMeasureHeads,
            Set<String> notNarrowing, Set<String> metricQualifiers,
            Set<String> resultVagueMeasures) {

    static Cues load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Cues.class.getResourceAsStream(resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Cues(set(p, "proposal.verbs"), set(p, "proposal.subjects"), set(p, "naming.verbs"),
                set(p, "dataset.heads"), set(p, "metric.heads"), set(p, "task.heads"), set(p, "title.task.heads"), set(p, "method.heads"),
                set(p, "proposal.stops"), set(p, "not.names"), set(p, "generic.terms"), set(p, "own.determiners"),
                set(p, "comparison.words"), set(p, "on.not.after"), set(p, "survey.words"), set(p, "metric.not.after"),
                set(p, "result.glue.after"), set(p, "result.change.after"), set(p, "result.speed.words"),
                set(p, "result.count.nouns"), set(p, "result.owners"), set(p, "result.against"), set(p, "measure.words"),
                set(p, "not.entities"), set(p, "generic.heads"), set(p, "result.measure.heads"),
                set(p, "not.narrowing"), set(p, "metric.qualifiers"),
                set(p, "result.vague.measures"));
    }

    private static Set<String> set(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("cues: missing " + key);
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
