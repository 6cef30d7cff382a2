package org.myknees.application.category.port.out;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.household.HouseholdId;

/** Stores the categories households made for themselves. Every read and write is scoped to one household. */
public interface CategoryRepository {

    Optional<HouseholdCategory> find(HouseholdId household, CategoryId id);

    /** The household's categories ordered by name (without regard to case), then id. */
    List<HouseholdCategory> list(HouseholdId household);

    /**
     * Inserts a new category (version 0) or replaces the stored one if its version still matches.
     *
     * @throws CategoryNameTakenException when another category of the household has the same name (ignoring case)
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    HouseholdCategory save(HouseholdCategory category);

    /** Removes a category; returns whether it existed. */
    boolean delete(HouseholdId household, CategoryId id);
}
