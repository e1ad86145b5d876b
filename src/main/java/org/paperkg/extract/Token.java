package org.paperkg.extract;

/**
 * A token of an annotated abstract, reduced to what the rules read. Without a given lemma, the lemma is found from the
 * word and its tag the first time a rule reads it, as CoreNLP's lemma annotator would have found it ({@link Nlp#lemma}).
 */
public final class Token {
    private final String word;
    private final String tag;
    private final int begin;
    private final int end;
    private String lemma;

    public Token(String word, String lemma, String tag, int begin, int end) {
        this.word = word;
        this.lemma = lemma;
        this.tag = tag;
        this.begin = begin;
        this.end = end;
    }

    public String word() {
        return word;
    }

    /** Read by the one thread that extracts the sentence, so the cached lemma needs no synchronisation. */
    public String lemma() {
        if (lemma == null) {
            lemma = Nlp.lemma(word, tag);
        }
        return lemma;
    }

    public String tag() {
        return tag;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return word + "/" + tag;
    }
}
