package org.myknees.domain.categorization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryAssignment;

/**
 * The decided category with its source, the merchant name, and up to three suggestions when nothing was sure
 * enough to decide.
 */
public record Resolution(CategoryAssignment assignment, Optional<String> merchant, List<CategoryEvidence> suggestions) {

    public Resolution {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(merchant, "merchant");
        suggestions = List.copyOf(suggestions);
    }
}
