package org.paperkg.extract.stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stages of {@code stages.properties}, in the order of their lines, and the names of those switched off. Lines are
 * {@code key = value}; blank lines and lines starting with {@code #} are skipped. Keys are {@code stage.NAME} (a stage's
 * class and settings, {@link StageSettings}) and {@code NAME.enabled} ({@code false} leaves the stage out).
 */
public record StageConfig(List<StageSettings> stages, Set<String> disabled) {

    public static StageConfig read(InputStream in) {
        List<StageSettings> stages = new ArrayList<>();
        Set<String> disabled = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int eq = l.indexOf('=');
                String key = eq < 0 ? l : l.substring(0, eq).strip();
                String value = eq < 0 ? "" : l.substring(eq + 1).strip();
                if (key.startsWith("stage.")) {
                    stages.add(StageSettings.parse(key.substring("stage.".length()), value));
                } else if (key.endsWith(".enabled")) {
                    if (value.equals("false")) {
                        disabled.add(key.substring(0, key.length() - ".enabled".length()));
                    }
                } else {
                    throw new IllegalStateException("stages.properties: '" + l + "' is neither stage.NAME nor NAME.enabled");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stages.properties", e);
        }
        return new StageConfig(List.copyOf(stages), Set.copyOf(disabled));
    }

    /** Each stage made by its class's constructor {@code (Rules, StageSettings)}, in run order. */
    public List<Stage> build(Rules rules) {
        List<Stage> built = new ArrayList<>();
        for (StageSettings s : stages) {
            try {
                Class<? extends Stage> type = Class.forName(s.className()).asSubclass(Stage.class);
                built.add(type.getConstructor(Rules.class, StageSettings.class).newInstance(rules, s));
            } catch (ReflectiveOperationException | ClassCastException e) {
                Throwable cause = e instanceof InvocationTargetException i ? i.getCause() : e;
                throw new IllegalStateException("stages.properties: cannot make stage " + s.name() + " (" + s.className()
                        + "): " + cause, cause);
            }
        }
        return built;
    }
}
