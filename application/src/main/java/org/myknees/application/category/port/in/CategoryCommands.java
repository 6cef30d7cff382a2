package org.myknees.application.category.port.in;

import java.util.Objects;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** The commands of the category use cases; each validates itself on construction. */
public final class CategoryCommands {

    private CategoryCommands() {
    }

    /** Creates a household category that rolls up into a taxonomy code. */
    public record CreateCategoryCommand(UserId actor, HouseholdId household, String name, String mappedTo) {
        public CreateCategoryCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mappedTo, "mappedTo");
        }
    }

    public record RenameCategoryCommand(UserId actor, HouseholdId household, CategoryId category, String name) {
        public RenameCategoryCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Moves every use of {@code merged} to {@code into} and removes {@code merged}. */
    public record MergeCategoriesCommand(UserId actor, HouseholdId household, CategoryId merged, CategoryId into) {
        public MergeCategoriesCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(merged, "merged");
            Objects.requireNonNull(into, "into");
            if (merged.equals(into)) {
                throw new IllegalArgumentException("A category cannot be merged into itself");
            }
        }
    }
}
