package org.myknees.domain.category;

import java.util.Objects;

/**
 * A category of the taxonomy: a primary category (its code equals its primary code) or a detailed one.
 *
 * @param code        the code, such as {@code FOOD_AND_DRINK_GROCERIES}
 * @param primary     the primary code it belongs to, such as {@code FOOD_AND_DRINK}
 * @param name        a short display name
 * @param description what belongs here, in words (also used for similarity-based suggestions)
 */
public record TaxonomyCategory(String code, String primary, String name, String description) {

    public TaxonomyCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!code.equals(primary) && !code.startsWith(primary + "_")) {
            throw new IllegalArgumentException(code + " does not belong to primary category " + primary);
        }
    }

    public boolean isPrimary() {
        return code.equals(primary);
    }

    public CategoryKey key() {
        return CategoryKey.taxonomy(code);
    }
}
