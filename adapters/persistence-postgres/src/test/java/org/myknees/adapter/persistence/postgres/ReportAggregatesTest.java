package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.application.contract.PortsUnderTest;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * The report aggregates are kept up to date by every kind of write (bulk add, save of new and changed rows,
 * category replacement, removal), so that the reports, answered from them, always equal the reference calculator
 * over the rows that are stored, for periods that cut months anywhere.
 */
class ReportAggregatesTest {

    private static final LocalDate FIRST = LocalDate.parse("2024-11-01");
    private static final int DAYS = 600;

    private final PortsUnderTest ports = PostgresPorts.shared();

    @Test
    void reports_equal_the_reference_after_bulk_adds_edits_category_replacement_and_removal() {
        ContractFixtures fixtures = new ContractFixtures(ports);
        HouseholdId household = fixtures.household().id();
        List<Account> accounts = List.of(fixtures.account(household, "Checking"), fixtures.account(household, "Card"),
                fixtures.account(household, "Euro", "EUR"));
        RandomTransactions random = new RandomTransactions(42, accounts, FIRST, DAYS);
        Map<TransactionId, Transaction> stored = new LinkedHashMap<>();

        List<Transaction> batch = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            batch.add(random.next());
        }
        ports.transactions().addAll(household, batch);
        batch.forEach(tx -> stored.put(tx.id(), tx.withVersion(1)));
        assertReportsMatch(household, rows(household), random);

        for (int i = 0; i < 40; i++) {
            Transaction fresh = ports.transactions().save(random.next());
            stored.put(fresh.id(), fresh);
        }
        List<TransactionId> ids = new ArrayList<>(stored.keySet());
        for (int i = 0; i < 250; i++) {
            Transaction current = stored.get(ids.get(random.nextInt(ids.size())));
            Transaction changed = ports.transactions().save(random.edit(current));
            stored.put(changed.id(), changed);
        }
        assertThat(rows(household)).containsExactlyInAnyOrderElementsOf(stored.values());
        assertReportsMatch(household, rows(household), random);

        ports.transactions().replaceCategory(household, RandomTransactions.CUSTOM,
                CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES"));
        assertReportsMatch(household, rows(household), random);

        ports.transactions().removeAll(household, ids.subList(0, 120));
        List<Transaction> remaining = rows(household);
        assertThat(remaining).hasSize(stored.size() - 120);
        assertReportsMatch(household, remaining, random);
    }

    private void assertReportsMatch(HouseholdId household, List<Transaction> rows, RandomTransactions random) {
        List<Period> periods = new ArrayList<>(List.of(new Period(FIRST, FIRST.plusDays(DAYS)),
                new Period(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")),
                new Period(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-20"))));
        for (int i = 0; i < 12; i++) {
            periods.add(random.period());
        }
        for (Period period : periods) {
            assertThat(ports.reports().monthBuckets(household, period)).as("month buckets of %s", period)
                    .isEqualTo(ReportCalculator.monthBuckets(rows, period));
            assertThat(ports.reports().cashFlow(household, period)).as("cash flow of %s", period)
                    .isEqualTo(ReportCalculator.cashFlow(rows, period));
        }
        for (CategoryKey key : List.of(CategoryKey.taxonomy("FOOD_AND_DRINK"), RandomTransactions.CUSTOM,
                CategoryKey.taxonomy("INCOME_WAGES"))) {
            for (String currency : List.of("USD", "EUR")) {
                YearMonth last = YearMonth.from(FIRST.plusDays(random.nextInt(DAYS + 60)));
                LocalDate today = last.atDay(10);
                assertThat(ports.reports().trend(household, key, Currency.getInstance(currency), last, 12, today))
                        .as("trend of %s in %s to %s", key, currency, last)
                        .isEqualTo(ReportCalculator.trend(rows, key, Currency.getInstance(currency), last, 12, today));
            }
        }
    }

    private List<Transaction> rows(HouseholdId household) {
        List<Transaction> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Transaction> page = ports.transactions().search(household, TransactionFilter.all(),
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return all;
    }
}
