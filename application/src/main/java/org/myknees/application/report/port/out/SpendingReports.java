package org.myknees.application.report.port.out;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.TrendPoint;

/**
 * Report queries over one household's transactions, following {@link org.myknees.domain.report.ReportingPolicy}.
 * Results must equal those of {@link org.myknees.domain.report.ReportCalculator} over the same rows, including
 * their order.
 */
public interface SpendingReports {

    MonthBucketReport monthBuckets(HouseholdId household, Period period);

    /** {@code months} points ending with {@code last}, months without data included as zero. */
    List<TrendPoint> trend(HouseholdId household, CategoryKey category, Currency currency, YearMonth last, int months,
                           LocalDate today);

    List<CashFlowMonth> cashFlow(HouseholdId household, Period period);
}
