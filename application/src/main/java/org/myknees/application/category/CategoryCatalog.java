package org.myknees.application.category;

import java.util.Objects;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;

/** Knows which categories a household can use: every taxonomy code plus its own categories. */
public final class CategoryCatalog {

    private final Taxonomy taxonomy;
    private final CategoryRepository categories;

    public CategoryCatalog(Taxonomy taxonomy, CategoryRepository categories) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /** Fails with "not found" unless the household can use the category. */
    public CategoryKey requireUsable(HouseholdId household, CategoryKey key) {
        boolean usable = key.isCustom()
                ? categories.find(household, key.customId()).isPresent()
                : taxonomy.contains(key.value());
        if (!usable) {
            throw new NotFoundException("category", key);
        }
        return key;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }
}
