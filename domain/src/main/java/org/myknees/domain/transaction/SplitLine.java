package org.myknees.domain.transaction;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;

/** One part of a split transaction: an amount with its own description and category. */
public record SplitLine(Money amount, String description, Optional<CategoryKey> category) {

    public SplitLine {
        Objects.requireNonNull(amount, "amount");
        description = Objects.requireNonNull(description, "description").strip();
        Objects.requireNonNull(category, "category");
    }
}
