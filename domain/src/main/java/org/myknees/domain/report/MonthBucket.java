package org.myknees.domain.report;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;

/**
 * The signed total and count of one category in one month and currency. An empty category is "uncategorized".
 */
public record MonthBucket(YearMonth month, Optional<CategoryKey> category, Money total, long count) {

    public MonthBucket {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(total, "total");
    }
}
