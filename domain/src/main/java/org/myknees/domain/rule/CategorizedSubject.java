package org.myknees.domain.rule;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;

/**
 * A past transaction as rules see it, with the category it has now.
 *
 * @param id       the caller's identifier of the transaction
 * @param category its category now, if any
 * @param pinned   whether a person set the category by hand; rules never change a pinned category
 * @param <I>      the caller's identifier type
 */
public record CategorizedSubject<I>(I id, RuleSubject subject, Optional<CategoryKey> category, boolean pinned) {

    public CategorizedSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(category, "category");
    }
}
