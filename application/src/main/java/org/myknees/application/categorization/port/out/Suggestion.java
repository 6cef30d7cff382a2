package org.myknees.application.categorization.port.out;

import java.util.Objects;

/**
 * One suggested category.
 *
 * @param code       a detailed taxonomy code (or a primary code when the model cannot be more specific)
 * @param confidence calibrated probability that the code is right, from 0 to 1
 * @param learned    true when the evidence is the household's own labelled example rather than the seed set
 *                   or category descriptions
 * @param evidence   what the suggestion rests on, for people (e.g. "like 'STARBUCKS 1234' (your correction)")
 */
public record Suggestion(String code, double confidence, boolean learned, String evidence) {

    public Suggestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1, was " + confidence);
        }
    }
}
