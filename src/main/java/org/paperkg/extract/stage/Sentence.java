package org.paperkg.extract.stage;

import java.util.List;
import org.paperkg.extract.Gazetteer;
import org.paperkg.extract.Token;

/**
 * One sentence as the sentence stages read it: the text its tokens index into, its index, the index of the paper's
 * proposal verb in it (or -1), the gazetteer's matches, which the gazetteer stage turns into mentions and the model
 * reads as features, and whether it is the title's.
 */
public record Sentence(String text, List<Token> tokens, int index, int proposalVerb, List<Gazetteer.Match> known,
                       boolean inTitle) {
}
