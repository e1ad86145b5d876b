package org.paperkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.paperkg.extract.Extractor;
import org.paperkg.model.EntityType;
import org.paperkg.model.Extraction;
import org.paperkg.model.Mention;

/**
 * Recall on SciREX papers (Jain et al., ACL 2020; ../shared/data/scirex): of the salient entities (those in a paper's
 * results) that its title or abstract names, how many extraction finds with the right type. A found mention counts when
 * its span and one of the entity's spans overlap, so SciREX's generous spans ("pretrained networks") and ours meet.
 * SciREX marks only salient entities, so this measures recall only. Text is the tokens joined by spaces.
 */
public final class SciRexRecall {
    private static final Map<String, EntityType> TYPES = Map.of("Method", EntityType.METHOD, "Material", EntityType.DATASET,
            "Metric", EntityType.METRIC, "Task", EntityType.TASK);

    private final Map<EntityType, Evaluation.Score> byType = new EnumMap<>(EntityType.class);
    private int papers;

    private SciRexRecall() {
        for (EntityType t : EntityType.values()) {
            byType.put(t, new Evaluation.Score());
        }
    }

    public static SciRexRecall run(Path file, Extractor extractor) throws IOException {
        SciRexRecall r = new SciRexRecall();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    r.paper(json.readTree(line), extractor);
                }
            }
        }
        return r;
    }

    private void paper(JsonNode d, Extractor extractor) {
        List<String> words = new ArrayList<>();
        d.path("words").forEach(w -> words.add(w.asText()));
        JsonNode sections = d.path("sections");
        if (sections.size() < 1 || words.isEmpty()) {
            return;
        }
        // Two layouts: the title alone, then "section : Abstract …"; or "document : TITLE ABSTRACT" (title = 1st sentence).
        int titleFrom;
        int titleTo;
        int abstractFrom;
        int abstractTo;
        int s0 = sections.get(0).get(0).asInt();
        if (words.get(s0).equals("document")) {
            JsonNode first = d.path("sentences").get(0);
            titleFrom = s0 + 2;
            titleTo = first.get(1).asInt();
            abstractFrom = titleTo;
            abstractTo = sections.get(0).get(1).asInt();
        } else if (sections.size() >= 2) {
            titleFrom = s0;
            titleTo = sections.get(0).get(1).asInt();
            int a = sections.get(1).get(0).asInt();
            abstractFrom = words.get(a).equals("section") ? a + 3 : a;
            abstractTo = sections.get(1).get(1).asInt();
        } else {
            return;
        }
        if (titleTo <= titleFrom || abstractTo <= abstractFrom) {
            return;
        }
        int[] titleOffsets = new int[words.size() + 1];
        int[] abstractOffsets = new int[words.size() + 1];
        String title = join(words, titleFrom, titleTo, titleOffsets);
        String abstractText = join(words, abstractFrom, abstractTo, abstractOffsets);
        Map<String, EntityType> salient = new HashMap<>();
        for (JsonNode rel : d.path("n_ary_relations")) {
            TYPES.forEach((key, type) -> {
                if (rel.hasNonNull(key)) {
                    salient.put(rel.get(key).asText(), type);
                }
            });
        }
        Extraction x = extractor.extract(title, abstractText);
        papers++;
        for (Map.Entry<String, EntityType> e : salient.entrySet()) {
            boolean named = false;
            boolean found = false;
            for (JsonNode span : d.path("coref").path(e.getKey())) {
                int from = span.get(0).asInt();
                int to = span.get(1).asInt();
                boolean inTitle = from >= titleFrom && to <= titleTo;
                boolean inAbstract = from >= abstractFrom && to <= abstractTo;
                if (!inTitle && !inAbstract) {
                    continue;
                }
                named = true;
                int[] offsets = inTitle ? titleOffsets : abstractOffsets;
                int begin = offsets[from];
                int end = offsets[to - 1] + words.get(to - 1).length();
                for (Mention m : x.mentions()) {
                    found |= m.type() == e.getValue() && m.inTitle() == inTitle && m.begin() < end && begin < m.end();
                }
            }
            if (named) {
                Evaluation.Score s = byType.get(e.getValue());
                s.gold++;
                s.correct += found ? 1 : 0;
            }
        }
    }

    /** Words [from, to) joined by spaces; {@code offsets[i]} is where word i starts. */
    private static String join(List<String> words, int from, int to, int[] offsets) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            offsets[i] = b.length();
            b.append(words.get(i));
        }
        return b.toString();
    }

    public String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%d SciREX papers: recall of the salient entities their title or abstract names%n%-10s %6s %7s %7s%n",
                papers, "", "named", "found", "recall"));
        byType.forEach((t, s) -> b.append(String.format(Locale.ROOT, "%-10s %6d %7d %7.3f%n", t.path() + "s", s.gold, s.correct,
                s.recall())));
        return b.toString();
    }

    public Evaluation.Score score(EntityType type) {
        return byType.get(type);
    }
}
