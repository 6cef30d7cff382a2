package org.myknees.application.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.report.port.in.ReportsQuery;
import org.myknees.application.report.port.out.SpendingReports;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionRepository;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportingPolicy;
import org.myknees.domain.report.TrendPoint;
import org.myknees.domain.transaction.Transaction;

/** Implements the report queries with the store's query port. */
public final class ReportService implements ReportsQuery {

    public static final int TREND_MONTHS = 12;

    private final SpendingReports reports;
    private final TransactionRepository transactions;
    private final HouseholdAccess access;
    private final Clock clock;

    public ReportService(SpendingReports reports, TransactionRepository transactions, HouseholdRepository households,
                         Clock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = new HouseholdAccess(households, clock, HouseholdAccess.READ_CHECK_MEMORY);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MonthBucketReport monthBuckets(UserId actor, HouseholdId household, Period period) {
        access.requireReadAccess(actor, household);
        return reports.monthBuckets(household, period);
    }

    @Override
    public Page<Transaction> drillDown(UserId actor, HouseholdId household, YearMonth month,
                                       Optional<CategoryKey> category, PageRequest page) {
        access.requireReadAccess(actor, household);
        TransactionFilter filter = TransactionFilter.all().withPeriod(Period.of(month, month))
                .withCategories(category.map(Set::of).orElse(Set.of()), category.isEmpty());
        Page<Transaction> result = transactions.search(household, filter, page);
        // The filter finds candidates; the reporting policy decides what the bucket really holds.
        return new Page<>(result.items().stream().filter(ReportingPolicy::countsInBudgets).toList(),
                result.nextCursor());
    }

    @Override
    public List<TrendPoint> categoryTrend(UserId actor, HouseholdId household, CategoryKey category,
                                          Currency currency, Optional<YearMonth> last) {
        access.requireReadAccess(actor, household);
        LocalDate today = LocalDate.now(clock);
        return reports.trend(household, category, currency, last.orElse(YearMonth.from(today)), TREND_MONTHS, today);
    }

    @Override
    public List<CashFlowMonth> cashFlow(UserId actor, HouseholdId household, Period period) {
        access.requireReadAccess(actor, household);
        return reports.cashFlow(household, period);
    }
}
