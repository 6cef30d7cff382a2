package org.myknees.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.report.port.out.SpendingReports;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.EventBucket;
import org.myknees.domain.report.MonthBucket;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.report.TrendPoint;

/**
 * Reports answered by PostgreSQL. Whole months come from the aggregates kept with the rows
 * ({@code month_category_totals}, {@code cash_flow_months}); the part of a period that only covers a month in part
 * is summed from the rows themselves, with {@link org.myknees.domain.report.ReportingPolicy} written in SQL. Both
 * are added up and ordered by the database, in {@link ReportCalculator}'s order.
 */
final class PostgresSpendingReports implements SpendingReports {

    /** What one transaction contributes per category: itself, or its split lines. */
    private static final String LINES_OF_ROWS = """
            SELECT CASE WHEN t.one_time_event_id IS NULL
                        THEN t.booking_date - (EXTRACT(DAY FROM t.booking_date)::int - 1) END,
                   t.currency, l.category_key, t.one_time_event_id, sum(l.amount), count(*)
            FROM transactions t
            CROSS JOIN LATERAL (
                SELECT t.amount, t.category_key WHERE t.split_lines = 0
                UNION ALL
                SELECT s.amount, s.category_key FROM transaction_split_lines s
                WHERE t.split_lines > 0 AND s.household_id = t.household_id AND s.transaction_id = t.transaction_id
            ) AS l(amount, category_key)
            WHERE t.household_id = ? AND t.transfer_link IS NULL AND (%s)
            GROUP BY 1, t.currency, l.category_key, t.one_time_event_id
            """;

    private final HibernateUnitOfWork units;

    PostgresSpendingReports(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public MonthBucketReport monthBuckets(HouseholdId household, Period period) {
        PeriodCover cover = PeriodCover.of(period);
        List<String> statements = new ArrayList<>();
        List<List<Object>> parameters = new ArrayList<>();
        if (cover.rowRanges().isEmpty()) {
            // Whole months only: the month buckets straight from the aggregates' key index, in its order, and
            // the events' spending added up over the months.
            Period months = cover.wholeMonths().orElseThrow();
            List<Object> range = List.of(household.value(), Date.valueOf(months.from()), Date.valueOf(months.to()));
            statements.add("""
                    SELECT month, currency, category_key, NULL::uuid, total, line_count FROM month_category_totals
                    WHERE household_id = ? AND month BETWEEN ? AND ? AND one_time_event_id IS NULL AND line_count > 0
                    ORDER BY month, currency, category_key""");
            parameters.add(range);
            statements.add("""
                    SELECT NULL::date, currency, category_key, one_time_event_id, sum(total), sum(line_count)
                    FROM month_category_totals
                    WHERE household_id = ? AND one_time_event_id IS NOT NULL AND month BETWEEN ? AND ?
                    GROUP BY one_time_event_id, currency, category_key HAVING sum(line_count) > 0
                    ORDER BY one_time_event_id, currency, category_key NULLS LAST""");
            parameters.add(range);
        } else {
            List<String> parts = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            cover.wholeMonths().ifPresent(months -> {
                // Buckets of one-time events have no month: they add up over the whole period.
                parts.add("""
                        SELECT CASE WHEN one_time_event_id IS NULL THEN month END, currency, category_key,
                               one_time_event_id, total, line_count
                        FROM month_category_totals WHERE household_id = ? AND month BETWEEN ? AND ?""");
                values.add(household.value());
                values.add(Date.valueOf(months.from()));
                values.add(Date.valueOf(months.to()));
            });
            parts.add(LINES_OF_ROWS.formatted(dateRanges(cover.rowRanges(), values, household)));
            statements.add("SELECT month, currency, category_key, event_id, sum(total), sum(line_count) FROM ("
                    + String.join(" UNION ALL ", parts)
                    + ") AS b(month, currency, category_key, event_id, total, line_count)"
                    + " GROUP BY month, currency, category_key, event_id HAVING sum(line_count) > 0"
                    + " ORDER BY event_id NULLS FIRST, month, currency, category_key NULLS LAST");
            parameters.add(values);
        }
        return units.withSession(session -> session.doReturningWork(connection -> {
            List<MonthBucket> buckets = new ArrayList<>();
            List<EventBucket> events = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                try (PreparedStatement query = prepare(connection, statements.get(i), parameters.get(i));
                     ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Currency currency = Currency.getInstance(rs.getString(2));
                        Optional<CategoryKey> category = Optional.ofNullable(rs.getString(3)).map(CategoryKey::new);
                        Money total = Money.ofMinor(rs.getLong(5), currency);
                        long count = rs.getLong(6);
                        UUID event = rs.getObject(4, UUID.class);
                        if (event == null) {
                            buckets.add(new MonthBucket(month(rs), category, total, count));
                        } else {
                            events.add(new EventBucket(new OneTimeEventId(event), category, total, count));
                        }
                    }
                }
            }
            return new MonthBucketReport(buckets, events);
        }));
    }

    @Override
    public List<TrendPoint> trend(HouseholdId household, CategoryKey category, Currency currency, YearMonth last,
                                  int months, LocalDate today) {
        YearMonth first = last.minusMonths(months - 1L);
        String categoryCondition = category.isCustom() ? "category_key = ?"
                : "(category_key = ? OR category_key LIKE ? ESCAPE '!')";
        String sql = "SELECT month, sum(total), sum(line_count) FROM month_category_totals"
                + " WHERE household_id = ? AND currency = ? AND one_time_event_id IS NULL AND month BETWEEN ? AND ?"
                + " AND " + categoryCondition + " GROUP BY month";
        List<Object> parameters = new ArrayList<>(List.of(household.value(), currency.getCurrencyCode(),
                Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)), category.value()));
        if (!category.isCustom()) {
            // A primary code takes in its detailed codes; the codes themselves hold no LIKE wildcard but '_'.
            parameters.add(category.value().replace("_", "!_") + "!_%");
        }
        return units.withSession(session -> session.doReturningWork(connection -> {
            long[][] sums = new long[months][2];
            try (PreparedStatement query = prepare(connection, sql, parameters);
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int index = (int) ChronoUnit.MONTHS.between(first, month(rs));
                    sums[index][0] = rs.getLong(2);
                    sums[index][1] = rs.getLong(3);
                }
            }
            Optional<LocalDate> earliest = earliestBooking(connection, household);
            List<TrendPoint> points = new ArrayList<>(months);
            for (int i = 0; i < months; i++) {
                YearMonth month = first.plusMonths(i);
                points.add(new TrendPoint(month, Money.ofMinor(sums[i][0], currency), sums[i][1],
                        ReportCalculator.isPartial(month, today, earliest)));
            }
            return points;
        }));
    }

    @Override
    public List<CashFlowMonth> cashFlow(HouseholdId household, Period period) {
        PeriodCover cover = PeriodCover.of(period);
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        cover.wholeMonths().ifPresent(months -> {
            parts.add("SELECT month, currency, income, spending, transaction_count FROM cash_flow_months"
                    + " WHERE household_id = ? AND month BETWEEN ? AND ?");
            parameters.add(household.value());
            parameters.add(Date.valueOf(months.from()));
            parameters.add(Date.valueOf(months.to()));
        });
        if (!cover.rowRanges().isEmpty()) {
            String ranges = dateRanges(cover.rowRanges(), parameters, household);
            parts.add("SELECT booking_date - (EXTRACT(DAY FROM booking_date)::int - 1), currency,"
                    + " coalesce(sum(amount) FILTER (WHERE amount >= 0), 0),"
                    + " coalesce(sum(amount) FILTER (WHERE amount < 0), 0), count(*)"
                    + " FROM transactions t WHERE household_id = ? AND transfer_link IS NULL AND (" + ranges + ")"
                    + " GROUP BY 1, currency");
        }
        String sql = "SELECT month, currency, sum(income), sum(spending) FROM ("
                + String.join(" UNION ALL ", parts)
                + ") AS f(month, currency, income, spending, transaction_count)"
                + " GROUP BY month, currency HAVING sum(transaction_count) > 0 ORDER BY month, currency";
        return units.withSession(session -> session.doReturningWork(connection -> {
            List<CashFlowMonth> result = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, sql, parameters);
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Currency.getInstance(rs.getString(2));
                    Money income = Money.ofMinor(rs.getLong(3), currency);
                    Money spending = Money.ofMinor(rs.getLong(4), currency);
                    result.add(new CashFlowMonth(month(rs), income, spending, income.plus(spending)));
                }
            }
            return result;
        }));
    }

    /** Adds the household and the date ranges to the parameters; returns the condition on {@code t.booking_date}. */
    private static String dateRanges(List<Period> ranges, List<Object> parameters, HouseholdId household) {
        parameters.add(household.value());
        List<String> conditions = new ArrayList<>();
        for (Period range : ranges) {
            conditions.add("t.booking_date BETWEEN ? AND ?");
            parameters.add(Date.valueOf(range.from()));
            parameters.add(Date.valueOf(range.to()));
        }
        return String.join(" OR ", conditions);
    }

    private static Optional<LocalDate> earliestBooking(Connection connection, HouseholdId household)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT min(booking_date) FROM transactions WHERE household_id = ?")) {
            query.setObject(1, household.value());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getObject(1, LocalDate.class));
            }
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /**
     * How a period is answered: the calendar months it covers whole (from the aggregates) and the date ranges at
     * its ends that cover a month only in part (from the rows).
     *
     * @param wholeMonths the first days of the first and the last whole month, if any
     */
    record PeriodCover(Optional<Period> wholeMonths, List<Period> rowRanges) {

        static PeriodCover of(Period period) {
            YearMonth first = YearMonth.from(period.from());
            YearMonth last = YearMonth.from(period.to());
            YearMonth firstWhole = period.from().getDayOfMonth() == 1 ? first : first.plusMonths(1);
            YearMonth lastWhole = period.to().equals(last.atEndOfMonth()) ? last : last.minusMonths(1);
            if (firstWhole.isAfter(lastWhole)) {
                return new PeriodCover(Optional.empty(), List.of(period));
            }
            List<Period> ranges = new ArrayList<>(2);
            if (!firstWhole.equals(first)) {
                ranges.add(new Period(period.from(), first.atEndOfMonth()));
            }
            if (!lastWhole.equals(last)) {
                ranges.add(new Period(last.atDay(1), period.to()));
            }
            return new PeriodCover(Optional.of(new Period(firstWhole.atDay(1), lastWhole.atDay(1))), ranges);
        }
    }

    /** The month in the first column, a date (YearMonth.from would go through the chronology queries per row). */
    private static YearMonth month(ResultSet rs) throws SQLException {
        LocalDate date = rs.getObject(1, LocalDate.class);
        return YearMonth.of(date.getYear(), date.getMonth());
    }
}
