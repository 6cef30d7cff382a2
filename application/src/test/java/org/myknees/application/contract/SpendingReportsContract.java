package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.Household;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.CashFlowMonth;
import org.myknees.domain.report.EventBucket;
import org.myknees.domain.report.MonthBucket;
import org.myknees.domain.report.MonthBucketReport;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.report.TrendPoint;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/** What every {@link org.myknees.application.report.port.out.SpendingReports} must answer. */
public abstract class SpendingReportsContract {

    private static final CategoryKey GROCERIES = CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES");
    private static final CategoryKey COFFEE = CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE");
    private static final CategoryKey WAGES = CategoryKey.taxonomy("INCOME_WAGES");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Period YEAR_2026 = new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

    protected abstract PortsUnderTest ports();

    @Test
    void month_buckets_leave_out_transfers_split_lines_apart_and_report_one_time_events_apart() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account checking = fixtures.account(household.id(), "Checking");
        Account card = fixtures.account(household.id(), "Card");
        OneTimeEventId remodel = OneTimeEventId.newId();
        save(categorized(ContractFixtures.transaction(checking, "2026-01-03", -5_000, "WHOLE FOODS"), GROCERIES));
        save(categorized(ContractFixtures.transaction(card, "2026-01-04", -1_234, "SAFEWAY"), GROCERIES));
        save(categorized(ContractFixtures.transaction(card, "2026-01-05", -450, "STARBUCKS"), COFFEE));
        save(ContractFixtures.transaction(card, "2026-01-06", -999, "UNKNOWN SHOP"));
        save(categorized(ContractFixtures.transaction(checking, "2026-01-31", 250_000, "PAYROLL"), WAGES));
        save(ContractFixtures.transaction(card, "2026-02-02", -1_000, "TARGET").toBuilder()
                .splits(List.of(new SplitLine(Money.ofMinor(-700, "USD"), "food", Optional.of(GROCERIES)),
                        new SplitLine(Money.ofMinor(-300, "USD"), "?", Optional.empty()))).build());
        save(categorized(ContractFixtures.transaction(checking, "2026-02-03", -80_000, "HOME DEPOT"), GROCERIES)
                .toBuilder().oneTimeEvent(Optional.of(remodel)).build());
        TransactionId out = TransactionId.newId();
        TransactionId in = TransactionId.newId();
        save(ContractFixtures.transaction(checking, "2026-02-10", -20_000, "CARD PAYMENT").toBuilder().id(out)
                .transferLink(Optional.of(in)).build());
        save(ContractFixtures.transaction(card, "2026-02-11", 20_000, "PAYMENT THANK YOU").toBuilder().id(in)
                .transferLink(Optional.of(out)).build());
        save(categorized(ContractFixtures.transaction(checking, "2025-12-31", -100, "OUT OF PERIOD"), GROCERIES));

        MonthBucketReport report = ports().reports().monthBuckets(household.id(), YEAR_2026);

        assertThat(report.buckets()).containsExactly(
                bucket("2026-01", COFFEE, -450, 1),
                bucket("2026-01", GROCERIES, -6_234, 2),
                bucket("2026-01", WAGES, 250_000, 1),
                new MonthBucket(YearMonth.parse("2026-01"), Optional.empty(), Money.ofMinor(-999, USD), 1),
                bucket("2026-02", GROCERIES, -700, 1),
                new MonthBucket(YearMonth.parse("2026-02"), Optional.empty(), Money.ofMinor(-300, USD), 1));
        assertThat(report.oneTimeEvents()).containsExactly(
                new EventBucket(remodel, Optional.of(GROCERIES), Money.ofMinor(-80_000, USD), 1));

        List<CashFlowMonth> flow = ports().reports().cashFlow(household.id(), YEAR_2026);
        assertThat(flow).containsExactly(
                new CashFlowMonth(YearMonth.parse("2026-01"), usd(250_000), usd(-7_683), usd(242_317)),
                new CashFlowMonth(YearMonth.parse("2026-02"), usd(0), usd(-81_000), usd(-81_000)));
    }

    @Test
    void a_trend_covers_twelve_months_with_zeros_primary_rollup_and_partial_months_flagged() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account account = fixtures.account(household.id(), "Checking");
        save(categorized(ContractFixtures.transaction(account, "2025-12-15", -1_000, "FIRST EVER"), GROCERIES));
        save(categorized(ContractFixtures.transaction(account, "2026-02-10", -2_000, "GROCER"), GROCERIES));
        save(categorized(ContractFixtures.transaction(account, "2026-02-11", -300, "CAFE"), COFFEE));
        save(categorized(ContractFixtures.transaction(account, "2026-11-02", -500, "THIS MONTH"), GROCERIES));

        List<TrendPoint> trend = ports().reports().trend(household.id(), CategoryKey.taxonomy("FOOD_AND_DRINK"), USD,
                YearMonth.parse("2026-11"), 12, LocalDate.parse("2026-11-24"));

        assertThat(trend).hasSize(12);
        assertThat(trend.get(0)).isEqualTo(new TrendPoint(YearMonth.parse("2025-12"), usd(-1_000), 1, true));
        assertThat(trend.get(1)).isEqualTo(new TrendPoint(YearMonth.parse("2026-01"), usd(0), 0, false));
        assertThat(trend.get(2)).isEqualTo(new TrendPoint(YearMonth.parse("2026-02"), usd(-2_300), 2, false));
        assertThat(trend.get(11)).isEqualTo(new TrendPoint(YearMonth.parse("2026-11"), usd(-500), 1, true));
    }

    @Test
    void every_report_equals_the_reference_calculator_on_random_data() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account usd = fixtures.account(household.id(), "Checking");
        Account eur = fixtures.account(household.id(), "Euro", "EUR");
        Random random = new Random(20260301);
        List<CategoryKey> keys = List.of(GROCERIES, COFFEE, WAGES, CategoryKey.taxonomy("RENT_AND_UTILITIES_RENT"));
        OneTimeEventId event = OneTimeEventId.newId();
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Account account = random.nextInt(5) == 0 ? eur : usd;
            Transaction tx = ContractFixtures.transaction(account,
                    LocalDate.parse("2025-06-01").plusDays(random.nextInt(540)).toString(),
                    random.nextInt(40_000) - 30_000, "ROW " + i);
            if (random.nextInt(4) != 0) {
                tx = categorized(tx, keys.get(random.nextInt(keys.size())));
            }
            if (random.nextInt(10) == 0) {
                tx = tx.toBuilder().oneTimeEvent(Optional.of(event)).build();
            }
            if (random.nextInt(12) == 0) {
                tx = tx.toBuilder().transferLink(Optional.of(TransactionId.newId())).build();
            }
            if (random.nextInt(8) == 0 && tx.amount().minorUnits() != 0) {
                List<Money> parts = tx.amount().allocate(1, 2);
                tx = tx.toBuilder().splits(List.of(new SplitLine(parts.get(0), "a", Optional.of(COFFEE)),
                        new SplitLine(parts.get(1), "b", Optional.empty()))).build();
            }
            rows.add(tx);
        }
        ports().transactions().addAll(household.id(), rows);
        Period period = new Period(LocalDate.parse("2025-09-01"), LocalDate.parse("2026-08-31"));

        assertThat(ports().reports().monthBuckets(household.id(), period))
                .isEqualTo(ReportCalculator.monthBuckets(rows, period));
        assertThat(ports().reports().cashFlow(household.id(), period)).isEqualTo(ReportCalculator.cashFlow(rows, period));
        for (CategoryKey key : List.of(GROCERIES, CategoryKey.taxonomy("FOOD_AND_DRINK"), WAGES)) {
            assertThat(ports().reports().trend(household.id(), key, USD, YearMonth.parse("2026-08"), 12,
                    LocalDate.parse("2026-08-15")))
                    .isEqualTo(ReportCalculator.trend(rows, key, USD, YearMonth.parse("2026-08"), 12,
                            LocalDate.parse("2026-08-15")));
        }
    }

    private Transaction save(Transaction tx) {
        return ports().transactions().save(tx);
    }

    private static Transaction categorized(Transaction tx, CategoryKey key) {
        return tx.toBuilder().category(ContractFixtures.byRule(key)).build();
    }

    private static Money usd(long minor) {
        return Money.ofMinor(minor, USD);
    }

    private static MonthBucket bucket(String month, CategoryKey key, long minor, long count) {
        return new MonthBucket(YearMonth.parse(month), Optional.of(key), usd(minor), count);
    }
}
