package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myknees.application.contract.ContractFixtures;
import org.myknees.application.contract.PortsUnderTest;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.Period;
import org.myknees.domain.report.ReportCalculator;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/** The COPY path stores exactly what Hibernate stores, whatever the text holds, and takes large batches whole. */
class BulkPathTest {

    /** Characters that COPY's text format, array literals or JSON treat specially. */
    private static final String AWKWARD = "tab\there, new\nline, cr\rhere, back\\slash, \\N, \"quoted\", {braces},"
            + " comma, NULL, 'single', ünïcödé ✓ 😀";

    private final PortsUnderTest ports = PostgresPorts.shared();

    @Test
    void a_row_added_in_bulk_reads_back_exactly_like_a_row_saved_one_by_one() {
        ContractFixtures fixtures = new ContractFixtures(ports);
        Account account = fixtures.account(fixtures.household().id(), "Checking");
        Transaction template = ContractFixtures.transaction(account, "2026-02-03", -4_250, AWKWARD).toBuilder()
                .valueDate(Optional.of(LocalDate.parse("2026-02-05")))
                .normalizedDescriptor("NORMALIZED " + AWKWARD)
                .merchant(Optional.of(AWKWARD))
                .status(TransactionStatus.PENDING)
                .externalId(Optional.of("FITID\t\\1"))
                .notes(AWKWARD)
                .tags(Set.of("a\"b", "c\\d", "{e}", "f,g", "null", "h i"))
                .oneTimeEvent(Optional.of(OneTimeEventId.newId()))
                .splits(List.of(new SplitLine(Money.ofMinor(-4_000, "USD"), AWKWARD,
                                Optional.of(CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE"))),
                        new SplitLine(Money.ofMinor(-250, "USD"), "", Optional.empty())))
                .category(new CategoryAssignment(Optional.of(CategoryKey.taxonomy("FOOD_AND_DRINK")),
                        AssignmentSource.MODEL, 0.1 + 0.2, Optional.of(AWKWARD)))
                .build();
        Transaction bulk = template.toBuilder().id(TransactionId.newId()).build();
        Transaction single = template.toBuilder().id(TransactionId.newId()).build();

        ports.transactions().addAll(account.householdId(), List.of(bulk));
        ports.transactions().save(single);

        assertThat(ports.transactions().find(account.householdId(), bulk.id())).contains(bulk.withVersion(1));
        assertThat(ports.transactions().find(account.householdId(), single.id())).contains(single.withVersion(1));
    }

    @Test
    void a_large_batch_is_stored_whole_and_counted_in_the_reports() {
        ContractFixtures fixtures = new ContractFixtures(ports);
        HouseholdId household = fixtures.household().id();
        List<Account> accounts = List.of(fixtures.account(household, "Checking"),
                fixtures.account(household, "Euro", "EUR"));
        RandomTransactions random = new RandomTransactions(7, accounts, LocalDate.parse("2023-01-01"), 1_000);
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(random.next());
        }

        ports.transactions().addAll(household, rows);

        assertThat(ports.transactions().count(household)).isEqualTo(rows.size());
        Transaction last = rows.get(rows.size() - 1);
        assertThat(ports.transactions().find(household, last.id())).contains(last.withVersion(1));
        Period all = new Period(LocalDate.parse("2023-01-01"), LocalDate.parse("2025-12-31"));
        assertThat(ports.reports().monthBuckets(household, all)).isEqualTo(ReportCalculator.monthBuckets(rows, all));
        assertThat(ports.reports().cashFlow(household, all)).isEqualTo(ReportCalculator.cashFlow(rows, all));
    }
}
