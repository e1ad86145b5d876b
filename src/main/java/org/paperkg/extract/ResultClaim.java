package org.paperkg.extract;

import java.math.BigDecimal;

/**
 * A number the abstract reports: value and unit as read, the metric it measures and, when the sentence
 * says, the dataset and method. {@code text} is the number as written ("83.8%"); offsets as in {@link Mention}.
 */
public record ResultClaim(String method, String dataset, String metric, BigDecimal value, String unit,
                          String text, int begin, int end, int sentence) {
}
