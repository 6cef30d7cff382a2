package org.myknees.domain.rule;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;

/**
 * A category the rules would change on a past transaction.
 *
 * @param before its category now, if any
 * @param after  the category the rules decide, with the rule that decides it
 * @param <I>    the caller's identifier type
 */
public record CategoryChange<I>(I id, Optional<CategoryKey> before, Decision<CategoryKey> after) {

    public CategoryChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
