package org.paperkg.extract.stage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stage's line of {@code stages.properties}: {@code stage.NAME = CLASS; key=value; …; weak}. The class is the
 * stage's, the numbers its settings (confidences, thresholds), and {@code weak} marks a stage whose type yields to a
 * sure stage's for the same name.
 */
public record StageSettings(String name, String className, Map<String, String> values, boolean weak) {

    /** The settings written after {@code stage.NAME =}. */
    public static StageSettings parse(String name, String line) {
        String[] parts = line.split(";");
        Map<String, String> values = new LinkedHashMap<>();
        boolean weak = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            } else if (part.equals("weak")) {
                weak = true;
            } else if (!part.isEmpty()) {
                throw new IllegalArgumentException("stage " + name + ": '" + part + "' is neither key=value nor weak");
            }
        }
        return new StageSettings(name, parts[0].strip(), Map.copyOf(values), weak);
    }

    /** The number set as {@code key}. */
    public double number(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("stage " + name + " has no setting " + key + " in stages.properties");
        }
        return Double.parseDouble(v);
    }

    /** The number set as {@code key}, or {@code otherwise} when the line sets none. */
    public double number(String key, double otherwise) {
        return values.containsKey(key) ? number(key) : otherwise;
    }
}
