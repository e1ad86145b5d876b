package org.paperkg.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The chrome rules of {@code page-chrome.txt}: which lines of a page dump to skip and which title prefixes to cut. */
final class PageChrome {
    private static final String RESOURCE = "page-chrome.txt";
    private static final String PREFIX = "prefix:";

    private final List<Pattern> lines;
    private final List<Pattern> prefixes;

    private PageChrome(List<Pattern> lines, List<Pattern> prefixes) {
        this.lines = lines;
        this.prefixes = prefixes;
    }

    static PageChrome load() {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> prefixes = new ArrayList<>();
        try (InputStream in = PageChrome.class.getResourceAsStream(RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String rule = r.readLine(); rule != null; rule = r.readLine()) {
                rule = rule.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                if (rule.startsWith(PREFIX)) {
                    prefixes.add(Pattern.compile("^(?:" + rule.substring(PREFIX.length()).strip() + ")"));
                } else {
                    lines.add(Pattern.compile(rule));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return new PageChrome(List.copyOf(lines), List.copyOf(prefixes));
    }

    boolean isChrome(String line) {
        for (Pattern p : lines) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The line with chrome glued to its front removed ("SubscribeNGAME: …" → "NGAME: …"). */
    String stripPrefix(String line) {
        for (Pattern p : prefixes) {
            line = p.matcher(line).replaceFirst("");
        }
        return line;
    }
}
