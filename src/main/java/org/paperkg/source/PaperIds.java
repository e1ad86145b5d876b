package org.paperkg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paper identity: the input's own id when it has one, else the arXiv id, else the DOI (hashed),
 * else a hash of the title's match key, so that one paper read from several files is one paper.
 */
public final class PaperIds {
    /** New-style (2401.01234) and old-style (hep-th/9901001) arXiv identifiers, version suffix optional. */
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)^(?:arxiv:|https?://arxiv\\.org/(?:abs|pdf)/)?(\\d{4}\\.\\d{4,5}|[a-z][a-z.-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?:\\.pdf)?$");
    private static final Pattern DOI = Pattern.compile("(?i)^(?:doi:|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)$");

    private PaperIds() {
    }

    /** The canonical arXiv id (no prefix, no version), or null when {@code s} is not one. */
    public static String arxivId(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ARXIV.matcher(s.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The bare DOI ({@code 10.…}), or null when {@code s} is not one. DOIs compare case-insensitively. */
    public static String doi(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DOI.matcher(s.strip());
        return m.matches() ? m.group(1) : null;
    }

    public static String of(String inputId, String arxivId, String doi, String title) {
        if (inputId != null && !inputId.isBlank()) {
            // An input id that is an arXiv id is the paper's, whichever version the input holds (2408.12570v2 is 2408.12570).
            String arxiv = arxivId(inputId);
            return arxiv != null ? arxiv : inputId.strip();
        }
        if (arxivId != null) {
            return arxivId;
        }
        if (doi != null) {
            return "d-" + hash(doi.toLowerCase(Locale.ROOT));
        }
        return "t-" + hash(TextNorm.matchKey(title));
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
