package org.myknees.application.report.port.in;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.TrendPoint;
import org.myknees.domain.transaction.Transaction;

/** The household's reports. */
public interface ReportsQuery {

    MonthBucketReport monthBuckets(UserId actor, HouseholdId household, Period period);

    /**
     * The transactions behind one month bucket (an empty category means the uncategorized bucket), newest first.
     */
    Page<Transaction> drillDown(UserId actor, HouseholdId household, YearMonth month, Optional<CategoryKey> category,
                                PageRequest page);

    /** The last twelve months of a category up to and including {@code last} (default: the current month). */
    List<TrendPoint> categoryTrend(UserId actor, HouseholdId household, CategoryKey category, Currency currency,
                                   Optional<YearMonth> last);

    List<CashFlowMonth> cashFlow(UserId actor, HouseholdId household, Period period);
}
