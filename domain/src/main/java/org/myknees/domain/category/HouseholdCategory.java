package org.myknees.domain.category;

import java.time.Instant;
import java.util.Objects;
import org.myknees.domain.Change;
import org.myknees.domain.Names;
import org.myknees.domain.category.CategoryEvents.CategoryCreated;
import org.myknees.domain.category.CategoryEvents.CategoryRenamed;
import org.myknees.domain.household.HouseholdId;

/**
 * A category a household made for itself ("Kids' activities"), mapped onto a taxonomy category so that
 * taxonomy-level reports still add up. Immutable; {@code version} is advanced by the repository only.
 *
 * @param mappedTo the taxonomy code it rolls up into
 */
public record HouseholdCategory(CategoryId id, HouseholdId householdId, String name, String mappedTo, long version) {

    public HouseholdCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        name = Names.require("category name", name);
        Objects.requireNonNull(mappedTo, "mappedTo");
    }

    public static Change<HouseholdCategory> create(CategoryId id, HouseholdId household, String name,
                                                   String mappedTo, Taxonomy taxonomy, Instant at) {
        if (!taxonomy.contains(mappedTo)) {
            throw new IllegalArgumentException("'" + mappedTo + "' is not a code of the taxonomy");
        }
        HouseholdCategory category = new HouseholdCategory(id, household, name, mappedTo, 0);
        return Change.of(category, new CategoryCreated(household, id, category.name(), mappedTo, at));
    }

    public Change<HouseholdCategory> rename(String newName, Instant at) {
        HouseholdCategory renamed = new HouseholdCategory(id, householdId, newName, mappedTo, version);
        return Change.of(renamed, new CategoryRenamed(householdId, id, renamed.name(), at));
    }

    public CategoryKey key() {
        return CategoryKey.custom(id);
    }

    public HouseholdCategory withVersion(long newVersion) {
        return new HouseholdCategory(id, householdId, name, mappedTo, newVersion);
    }
}
