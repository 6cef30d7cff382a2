package org.myknees.adapter.persistence.memory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.myknees.application.report.port.out.SpendingReports;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.report.TrendPoint;

/** Reports computed over the in-memory transactions with the domain's reference calculator. */
public final class InMemorySpendingReports implements SpendingReports {

    private final InMemoryTransactionRepository transactions;

    InMemorySpendingReports(InMemoryTransactionRepository transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public MonthBucketReport monthBuckets(HouseholdId household, Period period) {
        return ReportCalculator.monthBuckets(transactions.all(household), period);
    }

    @Override
    public List<TrendPoint> trend(HouseholdId household, CategoryKey category, Currency currency, YearMonth last,
                                  int months, LocalDate today) {
        return ReportCalculator.trend(transactions.all(household), category, currency, last, months, today);
    }

    @Override
    public List<CashFlowMonth> cashFlow(HouseholdId household, Period period) {
        return ReportCalculator.cashFlow(transactions.all(household), period);
    }
}
