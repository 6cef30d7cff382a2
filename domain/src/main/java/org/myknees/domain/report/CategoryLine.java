package org.myknees.domain.report;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;

/** One amount of a transaction attributed to one category (a whole transaction, or one split line). */
public record CategoryLine(Optional<CategoryKey> category, Money amount) {

    public CategoryLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }
}
