package org.myknees.application.category.port.in;

import java.util.List;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

/** Reads the taxonomy and a household's own categories. */
public interface ListCategoriesQuery {
    Taxonomy taxonomy();

    /** Ordered by name. */
    List<HouseholdCategory> listCategories(UserId actor, HouseholdId household);
}
