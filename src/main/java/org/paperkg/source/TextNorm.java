package org.paperkg.source;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers: white space, LaTeX-ish markup in arXiv titles, and match keys. */
public final class TextNorm {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u3000]+");
    /** Terminal colour and cursor codes (ESC [ … letter) pasted from a console: dropped whole, not just the ESC. */
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\\u001B\\[[0-?]*[ -/]*[@-~]");
    /**
     * Control characters, zero-width spaces and byte-order marks, and the bidirectional embedding, override and
     * isolate controls (which can make stored text display in another order than it reads); RTL letters stay.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069&&[^\\t\\n\\r]]");
    private static final String STYLE_COMMANDS = "\\\\(?:emph|textit|textbf|texttt|textrm|textsc|textsf|text|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|mathtt|operatorname|boldsymbol)";
    private static final Pattern LATEX_STYLE = Pattern.compile(STYLE_COMMANDS + "\\s*\\{([^{}]*)}");
    private static final Pattern LATEX_OLD_STYLE = Pattern.compile("\\{\\\\(?:em|it|bf|tt|rm|sc|sf)\\s+([^{}]*)}");
    private static final Pattern LATEX_ACCENT = Pattern.compile("\\\\([\"'`^~=.cvuH])\\s*\\{?([A-Za-z])}?");
    /** A style command left over because its brace never closes: the command word goes, the text stays. */
    private static final Pattern LATEX_STYLE_LEFT = Pattern.compile(STYLE_COMMANDS + "\\b\\s*\\{?");
    private static final Pattern INLINE_MATH = Pattern.compile("\\$([^$]{1,80})\\$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> COMBINING = Map.of(
            "\"", "\u0308", "'", "\u0301", "`", "\u0300", "^", "\u0302", "~", "\u0303",
            "=", "\u0304", ".", "\u0307", "c", "\u0327", "v", "\u030C", "u", "\u0306");
    private static final Map<String, String> SYMBOLS = Map.of(
            "\\&", "&", "\\%", "%", "\\_", "_", "\\#", "#", "\\$", "$", "``", "\u201C", "''", "\u201D");

    private TextNorm() {
    }

    /**
     * Terminal escape codes and invisible controls dropped, runs of white space (including Unicode spaces and
     * line breaks) made one space.
     */
    public static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String noControl = CONTROL.matcher(s.indexOf('\u001B') < 0 ? s : ANSI_ESCAPE.matcher(s).replaceAll("")).replaceAll("");
        return SPACE.matcher(noControl).replaceAll(" ").strip();
    }

    /**
     * A title as a reader should store it: white space collapsed and LaTeX-ish markup of arXiv metadata
     * ({@code \emph{X}}, {@code $\alpha$}, {@code \"o}, braces) turned into plain text.
     */
    public static String cleanTitle(String s) {
        if (s == null) {
            return null;
        }
        String t = collapse(s);
        if (t.indexOf('\\') < 0 && t.indexOf('{') < 0 && t.indexOf('$') < 0 && !t.contains("``")) {
            return t;
        }
        t = replaceAll(LATEX_STYLE, t, m -> m.group(1));
        t = replaceAll(LATEX_OLD_STYLE, t, m -> m.group(1));
        t = LATEX_STYLE_LEFT.matcher(t).replaceAll("");
        t = replaceAll(LATEX_ACCENT, t, m -> Normalizer.normalize(m.group(2) + COMBINING.get(m.group(1)), Normalizer.Form.NFC));
        for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        t = replaceAll(INLINE_MATH, t, m -> m.group(1).replace("\\", "").strip());
        t = t.replace("{", "").replace("}", "").replace('~', ' ');
        return collapse(t);
    }

    /** A key that equal titles share whatever their case, accents width or punctuation. */
    public static String matchKey(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ").strip();
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
