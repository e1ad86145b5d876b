package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Token clean-up shared by the text and the gazetteer, so that both sides see names alike. */
final class Tokens {
    private Tokens() {
    }

    /**
     * Joins tokens that the tokenizer split at a hyphen with nothing around it ("SliceGPT", "-", "2" becomes
     * "SliceGPT-2"): names such as KG-T5, FedProto-Mix or MovieLens-1M are one word to the rules.
     */
    static List<Token> joinHyphenated(List<Token> tokens, String text) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            int n = out.size();
            if (n >= 2 && isHyphen(out.get(n - 1)) && out.get(n - 1).begin() == out.get(n - 2).end()
                    && t.begin() == out.get(n - 1).end() && startsAlnum(t.word()) && endsAlnum(out.get(n - 2).word())) {
                Token hyphen = out.remove(n - 1);
                Token left = out.remove(n - 2);
                String word = text.substring(left.begin(), t.end());
                out.add(new Token(word, left.lemma() + hyphen.word() + t.lemma(), t.tag(), left.begin(), t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isHyphen(Token t) {
        return t.word().equals("-") || t.word().equals("\u2010") || t.word().equals("\u2011");
    }

    private static boolean startsAlnum(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    private static boolean endsAlnum(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(w.length() - 1));
    }
}
