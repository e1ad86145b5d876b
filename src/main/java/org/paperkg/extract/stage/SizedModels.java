package org.paperkg.extract.stage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.Token;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.Role;

/**
 * "OPT-6.7B", "InternViT-6B", "Qwen2.5-72B-Instruct": a name written with a size in billions of parameters is a model,
 * known or not. Sizes in thousands or millions are left alone: "ImageNet-1K" and "JFT-300M" are datasets.
 */
public final class SizedModels extends SentenceStage {
    private static final Pattern SIZED = Pattern.compile(
            "(?<![\\w.-])[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\\d+(?:\\.\\d+)?B(?:-[A-Za-z][A-Za-z0-9]*)*(?![\\w-])");
    private final double confidence;

    public SizedModels(Rules rules, StageSettings settings) {
        super(rules, settings);
        confidence = settings.number("confidence");
    }

    @Override
    public void find(Sentence x, List<Mention> out) {
        List<Token> s = x.tokens();
        if (s.isEmpty()) {
            return;
        }
        // On the text, not the tokens: the tokenizer cuts "OPT-2.7B" at its hyphen and its point.
        Matcher m = SIZED.matcher(x.text()).region(s.get(0).begin(), s.get(s.size() - 1).end());
        while (m.find()) {
            out.add(new Mention(EntityType.METHOD, m.group(), m.start(), m.end(), x.index(), Role.USED, name(),
                    confidence, null, null, x.inTitle()));
        }
    }
}
