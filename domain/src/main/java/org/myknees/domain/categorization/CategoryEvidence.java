package org.myknees.domain.categorization;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;

/**
 * What one source says about a transaction's category.
 *
 * @param category   the category it proposes
 * @param confidence how sure it is, from 0 to 1
 * @param merchant   the clean merchant name it knows, if any
 * @param decidedBy  what exactly decided (rule id, "merchant:Starbucks", model version)
 * @param learned    true when the evidence is the household's own correction
 */
public record CategoryEvidence(CategoryKey category, double confidence, Optional<String> merchant, String decidedBy,
                               boolean learned) {

    public CategoryEvidence {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1, was " + confidence);
        }
    }
}
