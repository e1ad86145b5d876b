package org.paperkg.extract.stage;

import java.util.List;
import org.paperkg.extract.Token;

/** A paper as the document stages read it: its title, its abstract and the abstract's sentences. */
public record Document(String title, String text, List<List<Token>> sentences) {
}
