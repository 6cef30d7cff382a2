package org.myknees.domain.category;

import java.util.Objects;
import java.util.Optional;

/**
 * The category of a transaction with where it came from.
 *
 * @param category   the category; empty only for {@link AssignmentSource#NONE}
 * @param source     what decided it
 * @param confidence how sure the source is, from 0 to 1 (1 for manual pins and rules)
 * @param decidedBy  what exactly decided it, such as a rule id or a model version; empty when not applicable
 */
public record CategoryAssignment(Optional<CategoryKey> category, AssignmentSource source, double confidence,
                                 Optional<String> decidedBy) {

    private static final CategoryAssignment NONE =
            new CategoryAssignment(Optional.empty(), AssignmentSource.NONE, 0, Optional.empty());

    public CategoryAssignment {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1, was " + confidence);
        }
        if (category.isEmpty() != (source == AssignmentSource.NONE)) {
            throw new IllegalArgumentException("A category is required exactly when the source is not NONE");
        }
    }

    public static CategoryAssignment none() {
        return NONE;
    }

    public static CategoryAssignment manual(CategoryKey category) {
        return new CategoryAssignment(Optional.of(category), AssignmentSource.MANUAL, 1, Optional.empty());
    }

    public static CategoryAssignment automatic(CategoryKey category, AssignmentSource source, double confidence,
                                               String decidedBy) {
        if (!source.isAutomatic()) {
            throw new IllegalArgumentException(source + " is not an automatic source");
        }
        return new CategoryAssignment(Optional.of(category), source, confidence, Optional.ofNullable(decidedBy));
    }

    public boolean isPinned() {
        return source == AssignmentSource.MANUAL;
    }
}
