package org.paperkg.extract;

/** A token of an annotated abstract, reduced to what the rules read. */
record Token(String word, String lemma, String tag, int begin, int end) {
    String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
