package org.myknees.domain.report;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** Spending of one category tagged to a one-time event, reported apart from the monthly buckets. */
public record EventBucket(OneTimeEventId event, Optional<CategoryKey> category, Money total, long count) {

    public EventBucket {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(total, "total");
    }
}
