package org.paperkg.model;

import java.math.BigDecimal;

/**
 * A number the abstract reports: value and unit as read, the metric it measures and, when the sentence
 * says, the dataset and method. {@code text} is the number as written ("83.8%"); offsets as in {@link Mention}.
 * {@code relative} when the number is a change ("improves accuracy by 3.2%", "2.5x faster"), not a value reached.
 */
public record ResultClaim(String method, String dataset, String metric, BigDecimal value, String unit,
                          String text, int begin, int end, int sentence, boolean relative) {
}
