package org.myknees.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.transaction.Transaction;

/**
 * Computes the reports from transactions held in memory, following {@link ReportingPolicy}. Stores with a
 * query language answer the same questions with their own aggregation; this is the reference for their
 * results and the implementation for stores without one.
 */
public final class ReportCalculator {

    private static final Comparator<Optional<CategoryKey>> CATEGORY_ORDER =
            Comparator.comparing((Optional<CategoryKey> c) -> c.isEmpty())
                    .thenComparing(c -> c.map(CategoryKey::value).orElse(""));

    private ReportCalculator() {
    }

    /** Month buckets of the household's transactions booked within the period. */
    public static MonthBucketReport monthBuckets(Iterable<Transaction> transactions, Period period) {
        Map<BucketKey, long[]> buckets = new TreeMap<>();
        Map<EventKey, long[]> events = new TreeMap<>();
        for (Transaction tx : transactions) {
            if (!ReportingPolicy.counts(tx) || !period.contains(tx.bookingDate())) {
                continue;
            }
            for (CategoryLine line : ReportingPolicy.lines(tx)) {
                long[] sum;
                if (tx.oneTimeEvent().isPresent()) {
                    sum = events.computeIfAbsent(new EventKey(tx.oneTimeEvent().get(), line.category(),
                            line.amount().currency()), k -> new long[2]);
                } else {
                    sum = buckets.computeIfAbsent(new BucketKey(YearMonth.from(tx.bookingDate()),
                            line.amount().currency(), line.category()), k -> new long[2]);
                }
                sum[0] = Math.addExact(sum[0], line.amount().minorUnits());
                sum[1]++;
            }
        }
        List<MonthBucket> monthBuckets = new ArrayList<>();
        buckets.forEach((k, v) -> monthBuckets.add(new MonthBucket(k.month, k.category,
                Money.ofMinor(v[0], k.currency), v[1])));
        List<EventBucket> eventBuckets = new ArrayList<>();
        events.forEach((k, v) -> eventBuckets.add(new EventBucket(k.event, k.category,
                Money.ofMinor(v[0], k.currency), v[1])));
        return new MonthBucketReport(monthBuckets, eventBuckets);
    }

    /**
     * The monthly totals of one category over {@code months} months ending with {@code last}. A primary
     * taxonomy code also takes in its detailed codes. Months without data are present with zero totals.
     */
    public static List<TrendPoint> trend(Iterable<Transaction> transactions, CategoryKey category, Currency currency,
                                         YearMonth last, int months, LocalDate today) {
        YearMonth first = last.minusMonths(months - 1L);
        Period period = Period.of(first, last);
        long[][] sums = new long[months][2];
        LocalDate earliest = null;
        for (Transaction tx : transactions) {
            if (earliest == null || tx.bookingDate().isBefore(earliest)) {
                earliest = tx.bookingDate();
            }
            if (!ReportingPolicy.countsInBudgets(tx) || !period.contains(tx.bookingDate())) {
                continue;
            }
            int index = (int) (YearMonth.from(tx.bookingDate()).getLong(java.time.temporal.ChronoField.PROLEPTIC_MONTH)
                    - first.getLong(java.time.temporal.ChronoField.PROLEPTIC_MONTH));
            for (CategoryLine line : ReportingPolicy.lines(tx)) {
                if (line.amount().currency().equals(currency) && covers(category, line.category())) {
                    sums[index][0] = Math.addExact(sums[index][0], line.amount().minorUnits());
                    sums[index][1]++;
                }
            }
        }
        List<TrendPoint> points = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            points.add(new TrendPoint(month, Money.ofMinor(sums[i][0], currency), sums[i][1],
                    isPartial(month, today, Optional.ofNullable(earliest))));
        }
        return points;
    }

    /** Income, spending and net per month and currency within the period; transfers excluded. */
    public static List<CashFlowMonth> cashFlow(Iterable<Transaction> transactions, Period period) {
        Map<MonthCurrency, long[]> flows = new TreeMap<>();
        for (Transaction tx : transactions) {
            if (!ReportingPolicy.counts(tx) || !period.contains(tx.bookingDate())) {
                continue;
            }
            long[] flow = flows.computeIfAbsent(new MonthCurrency(YearMonth.from(tx.bookingDate()),
                    tx.amount().currency()), k -> new long[2]);
            long minor = tx.amount().minorUnits();
            flow[minor >= 0 ? 0 : 1] = Math.addExact(flow[minor >= 0 ? 0 : 1], minor);
        }
        List<CashFlowMonth> result = new ArrayList<>();
        flows.forEach((k, v) -> result.add(new CashFlowMonth(k.month, Money.ofMinor(v[0], k.currency),
                Money.ofMinor(v[1], k.currency), Money.ofMinor(Math.addExact(v[0], v[1]), k.currency))));
        return result;
    }

    /** Whether a category filter takes in a line's category (a primary code covers its detailed codes). */
    public static boolean covers(CategoryKey filter, Optional<CategoryKey> category) {
        if (category.isEmpty()) {
            return false;
        }
        String value = category.get().value();
        return value.equals(filter.value()) || (!filter.isCustom() && value.startsWith(filter.value() + "_"));
    }

    /** The trend's definition of a partial month. */
    public static boolean isPartial(YearMonth month, LocalDate today, Optional<LocalDate> earliestData) {
        if (!month.isBefore(YearMonth.from(today))) {
            return true;
        }
        return earliestData.filter(e -> YearMonth.from(e).equals(month) && e.getDayOfMonth() > 1).isPresent();
    }

    private record BucketKey(YearMonth month, Currency currency, Optional<CategoryKey> category)
            implements Comparable<BucketKey> {
        @Override
        public int compareTo(BucketKey o) {
            int c = month.compareTo(o.month);
            if (c == 0) {
                c = currency.getCurrencyCode().compareTo(o.currency.getCurrencyCode());
            }
            return c != 0 ? c : CATEGORY_ORDER.compare(category, o.category);
        }
    }

    private record EventKey(OneTimeEventId event, Optional<CategoryKey> category, Currency currency)
            implements Comparable<EventKey> {
        @Override
        public int compareTo(EventKey o) {
            int c = event.value().toString().compareTo(o.event.value().toString());
            if (c == 0) {
                c = currency.getCurrencyCode().compareTo(o.currency.getCurrencyCode());
            }
            return c != 0 ? c : CATEGORY_ORDER.compare(category, o.category);
        }
    }

    private record MonthCurrency(YearMonth month, Currency currency) implements Comparable<MonthCurrency> {
        @Override
        public int compareTo(MonthCurrency o) {
            int c = month.compareTo(o.month);
            return c != 0 ? c : currency.getCurrencyCode().compareTo(o.currency.getCurrencyCode());
        }
    }
}
