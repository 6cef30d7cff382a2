package org.myknees.domain.report;

import java.util.List;

/**
 * Month buckets, ordered by month, then currency, then category (uncategorized last), and the one-time-event
 * spending reported apart, ordered by event id then category.
 */
public record MonthBucketReport(List<MonthBucket> buckets, List<EventBucket> oneTimeEvents) {

    public MonthBucketReport {
        buckets = List.copyOf(buckets);
        oneTimeEvents = List.copyOf(oneTimeEvents);
    }
}
