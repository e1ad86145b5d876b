package org.paperkg.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.source.InputError;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperSink;
import org.paperkg.source.SourceFormat;
import org.paperkg.source.Sources;

/**
 * A gold file: one annotated paper per line, in the extract JSON shape. A record that carries its {@code title} and
 * {@code abstract} stands alone (the fixtures written for this project); one that carries only its id and annotation
 * is joined by id with the corpus it was annotated on, so that gold files of real abstracts hold annotations only,
 * never the text.
 */
public final class GoldSet {
    private GoldSet() {
    }

    /**
     * Reads {@code gold}, taking titles and abstracts that it leaves out from the papers read from {@code corpus}
     * (null when no record needs one). A record with an abstract but no title, or whose id the corpus lacks, is an error naming
     * its line: a gold set that silently shrank would report figures for papers nobody chose.
     */
    public static List<GoldPaper> read(Path gold, Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean needsCorpus = false;
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g;
                try {
                    g = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(gold + ":" + lineNo + ": not a JSON object (" + e.getOriginalMessage() + ")");
                }
                if (g.hasNonNull("abstract") && !g.hasNonNull("title")) {
                    throw new IOException(gold + ":" + lineNo + ": a gold record that gives its abstract needs its title");
                }
                needsCorpus |= !g.hasNonNull("abstract");
                records.add(g);
                lines.add(lineNo);
            }
        }
        Map<String, Paper> papers = needsCorpus ? corpus(gold, corpus) : Map.of();
        List<GoldPaper> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            JsonNode g = records.get(i);
            String id = g.path("id").asText("line " + lines.get(i));
            if (g.hasNonNull("abstract")) {
                out.add(new GoldPaper(id, g.get("title").asText(), g.get("abstract").asText(), g));
            } else {
                Paper p = papers.get(id);
                if (p == null) {
                    throw new IOException(gold + ":" + lines.get(i) + ": paper " + id + " is not in the corpus " + corpus);
                }
                out.add(new GoldPaper(id, p.title(), p.abstractText(), g));
            }
        }
        return out;
    }

    private static Map<String, Paper> corpus(Path gold, Path corpus) throws IOException {
        if (corpus == null || !Files.isDirectory(corpus) && !Files.isRegularFile(corpus)) {
            throw new IOException(gold + " leaves the abstracts out: it needs the corpus it was annotated on ("
                    + (corpus == null ? "none given" : "no such folder: " + corpus) + "; see --corpus)");
        }
        Map<String, Paper> papers = new HashMap<>();
        List<InputError> errors = new ArrayList<>();
        Sources.read(List.of(corpus), SourceFormat.AUTO, new PaperSink() {
            @Override
            public void paper(Paper paper) {
                papers.putIfAbsent(paper.id(), paper);
            }

            @Override
            public void error(InputError error) {
                errors.add(error);
            }
        });
        if (!errors.isEmpty()) {
            throw new IOException("the corpus " + corpus + " did not read cleanly: " + errors.get(0));
        }
        return papers;
    }
}
