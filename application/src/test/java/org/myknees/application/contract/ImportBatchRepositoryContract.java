package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.application.importing.port.out.AppliedCorrection;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/** What every {@link org.myknees.application.importing.port.out.ImportBatchRepository} must do. */
public abstract class ImportBatchRepositoryContract {

    protected abstract PortsUnderTest ports();

    private static ImportBatch batch(HouseholdId household, String checksum, String at) {
        return new ImportBatch(ImportBatchId.newId(), household, "jan.ofx", "ofx", checksum, Instant.parse(at), 5, 3, 1,
                1, 0, 0, Optional.of(new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))),
                List.of("balance does not reconcile"), false, 0);
    }

    @Test
    void a_batch_keeps_its_facts_and_lists_the_transactions_it_added_in_id_order() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        HouseholdId household = fixtures.household().id();
        Account account = fixtures.account(household, "Checking");
        ImportBatch batch = batch(household, "abc", "2026-02-01T10:00:00Z");
        List<Transaction> added = List.of(withId(account, "00000000-0000-7000-8000-000000000003"),
                withId(account, "00000000-0000-7000-8000-000000000001"),
                withId(account, "f0000000-0000-7000-8000-000000000002"));
        ports().transactions().addAll(household, batch.id(), List.of(added.subList(0, 2), added.subList(2, 3))
                .iterator(), 3);
        ports().transactions().addAll(household, ImportBatchId.newId(),
                List.of(List.of(withId(account, "00000000-0000-7000-8000-000000000002"))).iterator(), 1);
        ports().transactions().save(ContractFixtures.transaction(account, "2026-01-06", -1, "RECORDED"));

        ImportBatch saved = ports().importBatches().save(batch);

        assertThat(saved).isEqualTo(batch.withVersion(1));
        assertThat(ports().importBatches().find(household, batch.id())).contains(saved);
        assertThat(ports().importBatches().addedTransactions(household, batch.id())).containsExactly(
                added.get(1).id(), added.get(0).id(), added.get(2).id());
        ports().transactions().removeAll(household, List.of(added.get(0).id()));
        assertThat(ports().importBatches().addedTransactions(household, batch.id()))
                .as("what a batch added and is gone is no longer listed")
                .containsExactly(added.get(1).id(), added.get(2).id());
        HouseholdId other = new ContractFixtures(ports()).household().id();
        assertThat(ports().importBatches().find(other, batch.id())).isEmpty();
        assertThat(ports().importBatches().addedTransactions(other, batch.id())).isEmpty();
    }

    private static Transaction withId(Account account, String id) {
        return ContractFixtures.transaction(account, "2026-01-05", -100, "ROW " + id).toBuilder()
                .id(TransactionId.of(id)).build();
    }

    @Test
    void a_batch_keeps_the_corrections_it_applied_in_order_with_every_field_a_revert_needs() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        HouseholdId household = fixtures.household().id();
        Account account = fixtures.account(household, "Checking");
        Transaction replaced = ContractFixtures.transaction(account, "2026-01-03", -1599, "NETFLIX").toBuilder()
                .valueDate(Optional.of(LocalDate.parse("2026-01-02"))).externalId(Optional.of("A1")).build();
        Transaction withdrawn = ContractFixtures.transaction(account, "2026-01-04", -900, "PARKING").toBuilder()
                .externalId(Optional.of("P1")).status(TransactionStatus.PENDING).merchant(Optional.of("SpotHero"))
                .category(ContractFixtures.byRule(CategoryKey.taxonomy("TRANSPORTATION_PARKING"))).build();
        List<AppliedCorrection> corrections = List.of(
                new AppliedCorrection.Replaced(7, replaced.id(), replaced.bankFields(), 3),
                new AppliedCorrection.Withdrawn(9, withdrawn),
                new AppliedCorrection.Withdrawn(4, ContractFixtures.transaction(account, "2026-01-05", -1, "GUM")));
        ImportBatch batch = new ImportBatch(ImportBatchId.newId(), household, "fix.ofx", "ofx", "fix",
                Instant.parse("2026-02-01T10:00:00Z"), 1, 0, 0, 0, 1, 2, Optional.empty(), List.of(), false, 0);

        ports().importBatches().save(batch, List.of(), corrections);

        assertThat(ports().importBatches().find(household, batch.id())).hasValueSatisfying(b -> {
            assertThat(b.replaced()).isEqualTo(1);
            assertThat(b.withdrawn()).isEqualTo(2);
        });
        assertThat(ports().importBatches().corrections(household, batch.id())).containsExactlyElementsOf(corrections);
        assertThat(ports().importBatches().corrections(fixtures.household().id(), batch.id())).isEmpty();
    }

    @Test
    void batches_are_listed_newest_first_and_found_by_checksum_until_reverted() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        ImportBatch older = ports().importBatches().save(batch(household, "same", "2026-01-01T00:00:00Z"));
        ImportBatch newer = ports().importBatches().save(batch(household, "other", "2026-02-01T00:00:00Z"));

        assertThat(ports().importBatches().list(household)).containsExactly(newer, older);
        assertThat(ports().importBatches().findCommittedByChecksum(household, "same")).contains(older);
        ImportBatch reverted = ports().importBatches().save(older.revert());
        assertThat(reverted.reverted()).isTrue();
        assertThat(ports().importBatches().findCommittedByChecksum(household, "same")).isEmpty();
        assertThatThrownBy(() -> ports().importBatches().save(older.revert()))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void a_batch_keeps_its_quarantined_rows_in_order_also_after_it_is_reverted() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        ImportBatch batch = batch(household, "quarantine", "2026-03-01T00:00:00Z");
        // Out of line order on purpose: rows the parser refused come before the rows the import refused later.
        List<QuarantinedRow> rows = List.of(
                new QuarantinedRow(9, "amount", "'12,3.4' is not an amount", "2026-01-09;12,3.4;USD;SHOP"),
                new QuarantinedRow(4, "currency", "the amount is in EUR but account CHK is in USD",
                        "CAF\u00c9 \u00dcBER \u20ac \ud83d\ude00 'quoted' \"double\" back\\slash\ttab"));

        ImportBatch saved = ports().importBatches().save(batch, rows);
        ImportBatch reverted = ports().importBatches().save(saved.revert());

        assertThat(reverted.reverted()).isTrue();
        assertThat(ports().importBatches().quarantinedRows(household, batch.id())).containsExactlyElementsOf(rows);
        HouseholdId other = new ContractFixtures(ports()).household().id();
        assertThat(ports().importBatches().quarantinedRows(other, batch.id())).isEmpty();
        assertThat(ports().importBatches().quarantinedRows(household, ImportBatchId.newId())).isEmpty();
    }

    @Test
    void a_batch_saved_without_quarantined_rows_has_none() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        ImportBatch saved = ports().importBatches().save(batch(household, "clean", "2026-03-02T00:00:00Z"));

        assertThat(ports().importBatches().quarantinedRows(household, saved.id())).isEmpty();
    }
}
