package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst queries of {@code queries/}: each a SPARQL file whose comment header says its question, its
 * parameters with their defaults ({@code # parameters: method = LoRA (…)}) and the shape of its answer.
 * Shipped in the jar, so {@code paperkg query NAME} needs no checkout.
 */
public final class Catalogue {
    public static final List<String> NAMES = List.of("most-used-datasets", "datasets-of-method", "methods-proposed-per-task",
            "metrics-per-dataset", "best-result-per-dataset-metric", "method-dataset-cooccurrence",
            "papers-introducing-datasets", "entity-aliases", "code-per-method", "results-without-dataset", "external-links",
            "fact-provenance", "papers-by-method", "tasks-most-addressed", "method-families", "export-lpwc", "export-mls");
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s*=\\s*([^(]+?)\\s*(?:\\(.*\\))?$");

    /** A query: its name, its text, and its parameters with their defaults. */
    public record NamedQuery(String name, String text, Map<String, String> defaults) {
    }

    private Catalogue() {
    }

    /** A catalogue query by name, or a query file by path. */
    public static NamedQuery load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        try {
            if (Files.isRegularFile(file)) {
                return parse(file.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(file, StandardCharsets.UTF_8));
            }
            String name = nameOrFile.replaceFirst("\\.rq$", "");
            try (InputStream in = Catalogue.class.getResourceAsStream("/org/paperkg/queries/" + name + ".rq")) {
                if (in == null) {
                    throw new IllegalArgumentException("no query file and no catalogue query named \"" + nameOrFile
                            + "\"; the catalogue has: " + String.join(", ", NAMES));
                }
                return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + nameOrFile, e);
        }
    }

    static NamedQuery parse(String name, String text) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("parameters:")) {
                String spec = body.substring("parameters:".length()).strip();
                if (!spec.equals("none")) {
                    Matcher m = PARAM.matcher(spec);
                    if (m.matches()) {
                        defaults.put(m.group(1), m.group(2).strip());
                    }
                }
            }
        }
        return new NamedQuery(name, text, defaults);
    }

    /** Every catalogue query. */
    public static List<NamedQuery> all() {
        List<NamedQuery> all = new ArrayList<>();
        NAMES.forEach(n -> all.add(load(n)));
        return all;
    }
}
