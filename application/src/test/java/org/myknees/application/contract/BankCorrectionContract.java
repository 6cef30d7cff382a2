package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.importing.ImportStatementService;
import org.myknees.application.importing.StatementParsers;
import org.myknees.application.importing.port.in.ImportEditedSinceException;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.in.ImportReport.CorrectionOutcome;
import org.myknees.application.importing.port.in.ImportReport.CorrectionRow;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.application.importing.port.out.AppliedCorrection;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.SplitTransactionCommand;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.UserId;
import org.myknees.domain.importing.DuplicatePolicy;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * Corrections from the bank over one store (issue #5): a row replacing one sent before updates the stored row and
 * keeps every person's edit, a withdrawal removes the stored row unless a person edited it, corrections within one
 * file leave one row, and reverting the batch undoes both. Uses the tiny line format of {@link LinesParser}.
 */
public abstract class BankCorrectionContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC);

    protected abstract PortsUnderTest ports();

    private ImportStatementService imports;
    private TransactionService transactions;
    private UserId owner;
    private Household household;
    private Account checking;

    @BeforeEach
    void wire() {
        PortsUnderTest p = ports();
        HouseholdService households = new HouseholdService(p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        transactions = new TransactionService(p.transactions(), p.accounts(), p.oneTimeEvents(),
                new CategoryCatalog(Taxonomy.plaidV1(), p.categories()), p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        imports = new ImportStatementService(new StatementParsers(List.of(new LinesParser())), p.accounts(),
                p.transactions(), p.importBatches(), p.purchases(), p.households(), p.unitOfWork(), p.outbox(), CLOCK,
                DuplicatePolicy.standard(), raw -> raw.strip().toUpperCase(Locale.ROOT));
        owner = UserId.newId();
        household = households.createHousehold(new CreateHouseholdCommand(owner, "Corrected"));
        checking = new ContractFixtures(p).account(household.id(), "Card");
    }

    private ImportReport run(String file, boolean dryRun, String... lines) {
        return imports.importStatement(new ImportStatementCommand(owner, household.id(), file,
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.of(checking.code()), false, dryRun, false, Map.of()));
    }

    private ImportReport run(String file, String... lines) {
        return run(file, false, lines);
    }

    private List<Transaction> stored() {
        return ports().transactions().search(household.id(), TransactionFilter.all(), PageRequest.first(100)).items();
    }

    private Transaction storedWithBankId(String id) {
        return stored().stream().filter(t -> t.externalId().equals(Optional.of(id))).findFirst().orElseThrow();
    }

    private static void assertAddsUp(ImportReport report, int rows) {
        assertThat(report.added() + report.replacedPending() + report.duplicates().size() + report.replaced()
                + report.quarantined().size()).as("every row is counted once").isEqualTo(rows);
    }

    private ImportBatch batch(ImportReport report) {
        return imports.getImport(owner, household.id(), report.batch().orElseThrow());
    }

    @Test
    void a_replacement_takes_the_banks_values_keeps_every_person_edit_and_a_revert_restores_the_earlier_values() {
        run("jan.txt", "#lines x", "2026-01-03;-15.99;USD;NETFLIX;A1", "2026-01-04;-4.00;USD;COFFEE;C1");
        Transaction original = storedWithBankId("A1");
        Transaction annotated = transactions.annotate(new AnnotateTransactionCommand(owner, household.id(),
                original.id(), "shared with Sam", Set.of("family"), OptionalLong.empty()));
        transactions.pinCategory(new PinCategoryCommand(owner, household.id(), original.id(),
                Optional.of(CategoryKey.taxonomy("ENTERTAINMENT_TV_AND_MOVIES")), OptionalLong.of(annotated.version())));

        ImportReport corrected = run("fix.txt", "#lines x", "2026-01-05;-17.99;USD;NETFLIX.COM 866;A2;;A1");

        assertThat(corrected.replaced()).isEqualTo(1);
        assertThat(corrected.added()).isZero();
        assertAddsUp(corrected, 1);
        assertThat(corrected.corrections()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.outcome()).isEqualTo(CorrectionOutcome.REPLACED);
            assertThat(c.reason()).contains("A1").contains("NETFLIX.COM 866");
        });
        assertThat(stored()).hasSize(2);
        Transaction now = storedWithBankId("A2");
        assertThat(now.id()).isEqualTo(original.id());
        assertThat(now.amount()).isEqualTo(Money.parse("-17.99", "USD"));
        assertThat(now.bookingDate()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(now.rawDescriptor()).isEqualTo("NETFLIX.COM 866");
        assertThat(now.notes()).isEqualTo("shared with Sam");
        assertThat(now.tags()).containsExactly("family");
        assertThat(now.category()).isEqualTo(CategoryAssignment.manual(CategoryKey.taxonomy("ENTERTAINMENT_TV_AND_MOVIES")));
        ImportBatch batch = batch(corrected);
        assertThat(batch.replaced()).isEqualTo(1);
        assertThat(batch.rows()).isEqualTo(1);
        assertThat(ports().importBatches().corrections(household.id(), batch.id())).singleElement()
                .isInstanceOfSatisfying(AppliedCorrection.Replaced.class, r -> {
                    assertThat(r.transaction()).isEqualTo(original.id());
                    assertThat(r.earlier()).isEqualTo(original.bankFields());
                });

        imports.revertImport(owner, household.id(), batch.id(), false);

        Transaction restored = storedWithBankId("A1");
        assertThat(restored.id()).isEqualTo(original.id());
        assertThat(restored.bankFields()).isEqualTo(original.bankFields());
        assertThat(restored.notes()).isEqualTo("shared with Sam");
        assertThat(restored.category().isPinned()).isTrue();
        assertThat(stored()).hasSize(2);
    }

    @Test
    void a_withdrawal_removes_the_stored_row_keeps_one_a_person_edited_and_a_revert_brings_it_back() {
        run("jan.txt", "#lines x", "2026-01-03;-9.00;USD;PARKING;P1", "2026-01-04;-30.00;USD;DINNER;D1");
        Transaction parking = storedWithBankId("P1");
        Transaction dinner = storedWithBankId("D1");
        transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), dinner.id(), "birthday",
                Set.of(), OptionalLong.empty()));

        ImportReport withdrawn = run("removed.txt", "#lines x", "!withdraw P1", "!withdraw D1", "!withdraw NEVER");

        assertThat(withdrawn.withdrawn()).isEqualTo(1);
        assertAddsUp(withdrawn, 0);
        assertThat(withdrawn.corrections()).extracting(CorrectionRow::line, CorrectionRow::outcome).containsExactly(
                tuple(2, CorrectionOutcome.WITHDRAWN),
                tuple(3, CorrectionOutcome.KEPT),
                tuple(4, CorrectionOutcome.NOT_STORED));
        assertThat(withdrawn.warnings()).anyMatch(w -> w.contains("D1") && w.contains("edited"))
                .anyMatch(w -> w.contains("NEVER"));
        assertThat(stored()).extracting(Transaction::id).containsExactly(dinner.id());
        assertThat(batch(withdrawn).withdrawn()).isEqualTo(1);

        imports.revertImport(owner, household.id(), withdrawn.batch().orElseThrow(), false);

        assertThat(stored()).hasSize(2);
        assertThat(storedWithBankId("P1")).satisfies(back -> {
            assertThat(back.id()).isEqualTo(parking.id());
            assertThat(back.bankFields()).isEqualTo(parking.bankFields());
        });
    }

    @Test
    void within_one_file_the_replacement_wins_over_its_original_and_a_withdrawn_row_is_not_added() {
        ImportReport report = run("both.txt", "#lines x",
                "2026-01-03;-15.99;USD;NETFLIX;A1",
                "2026-01-04;-17.99;USD;NETFLIX;A2;;A1",
                "2026-01-05;-3.00;USD;GUM;G1",
                "!withdraw G1",
                "2026-01-06;-8.00;USD;LUNCH;L1");

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.duplicates()).extracting(d -> d.line()).containsExactly(2, 4);
        assertAddsUp(report, 4);
        assertThat(report.corrections()).extracting(CorrectionRow::outcome)
                .containsExactly(CorrectionOutcome.IN_FILE, CorrectionOutcome.IN_FILE);
        assertThat(report.warnings()).isEmpty();
        assertThat(stored()).extracting(t -> t.externalId().orElseThrow()).containsExactlyInAnyOrder("A2", "L1");
        assertThat(storedWithBankId("A2").amount()).isEqualTo(Money.parse("-17.99", "USD"));
    }

    @Test
    void a_replacement_of_a_replacement_in_one_file_corrects_the_stored_original_once() {
        run("jan.txt", "#lines x", "2026-01-03;-10.00;USD;TAXI;T1");

        ImportReport report = run("chain.txt", "#lines x",
                "2026-01-03;-11.00;USD;TAXI;T2;;T1",
                "2026-01-03;-12.50;USD;TAXI TIP;T3;;T2");

        assertThat(report.replaced()).isEqualTo(1);
        assertThat(report.duplicates()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(2));
        assertThat(stored()).singleElement().satisfies(tx -> {
            assertThat(tx.externalId()).contains("T3");
            assertThat(tx.amount()).isEqualTo(Money.parse("-12.50", "USD"));
        });
    }

    @Test
    void a_row_restating_its_own_id_is_applied_once_and_then_is_a_duplicate() {
        run("jan.txt", "#lines x", "2026-01-03;-18.50;USD;DOORDASH;M1;pending");

        ImportReport modified = run("sync-1.txt", "#lines x", "2026-01-04;-21.75;USD;DOORDASH TIP;M1;;M1");
        ImportReport again = run("sync-2.txt", "#lines y", "2026-01-04;-21.75;USD;DOORDASH TIP;M1;;M1");

        assertThat(modified.replaced()).isEqualTo(1);
        assertThat(stored()).singleElement().satisfies(tx -> {
            assertThat(tx.amount()).isEqualTo(Money.parse("-21.75", "USD"));
            assertThat(tx.status()).isEqualTo(TransactionStatus.POSTED);
        });
        assertThat(again.replaced()).isZero();
        assertThat(again.duplicates()).singleElement().satisfies(d -> assertThat(d.reason()).contains("already"));
        assertThat(again.batch()).isPresent();
    }

    @Test
    void a_posted_row_settling_a_pending_one_the_bank_also_withdrew_keeps_the_pending_rows_edits() {
        run("jan.txt", "#lines x", "2026-01-03;-40.00;USD;SHELL PENDING;pend-9;pending");
        Transaction pending = storedWithBankId("pend-9");
        transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), pending.id(), "road trip",
                Set.of(), OptionalLong.empty()));

        ImportReport sync = run("sync.txt", "#lines x", "2026-01-05;-40.00;USD;SHELL OIL 1234;post-9;;pend-9",
                "!withdraw pend-9");

        assertThat(sync.replaced()).isEqualTo(1);
        assertThat(sync.withdrawn()).isZero();
        assertThat(sync.corrections()).extracting(CorrectionRow::outcome)
                .containsExactly(CorrectionOutcome.IN_FILE, CorrectionOutcome.REPLACED);
        assertThat(sync.warnings()).isEmpty();
        assertThat(stored()).singleElement().satisfies(tx -> {
            assertThat(tx.id()).isEqualTo(pending.id());
            assertThat(tx.status()).isEqualTo(TransactionStatus.POSTED);
            assertThat(tx.externalId()).contains("post-9");
            assertThat(tx.notes()).isEqualTo("road trip");
        });
    }

    @Test
    void a_replacement_of_a_row_stored_nowhere_is_added_as_an_ordinary_row_with_a_warning() {
        ImportReport report = run("orphan.txt", "#lines x", "2026-01-04;-40.00;USD;SHELL;S2;;S1");

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.corrections()).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(CorrectionOutcome.NOT_STORED));
        assertThat(report.warnings()).anyMatch(w -> w.contains("S1") || w.contains("lines 2"));
        assertThat(stored()).singleElement().satisfies(tx -> assertThat(tx.externalId()).contains("S2"));
    }

    @Test
    void a_dry_run_reports_the_corrections_and_writes_nothing() {
        run("jan.txt", "#lines x", "2026-01-03;-15.99;USD;NETFLIX;A1", "2026-01-04;-9.00;USD;PARKING;P1");
        List<Transaction> before = stored();

        ImportReport dry = run("fix.txt", true, "#lines x", "2026-01-05;-17.99;USD;NETFLIX;A2;;A1", "!withdraw P1");

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.replaced()).isEqualTo(1);
        assertThat(dry.withdrawn()).isEqualTo(1);
        assertThat(dry.batch()).isEmpty();
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(imports.listImports(owner, household.id())).hasSize(1);
    }

    @Test
    void a_revert_is_refused_when_a_corrected_row_changed_since_unless_forced() {
        run("jan.txt", "#lines x", "2026-01-03;-15.99;USD;NETFLIX;A1");
        Transaction original = storedWithBankId("A1");
        ImportReport corrected = run("fix.txt", "#lines x", "2026-01-05;-17.99;USD;NETFLIX;A2;;A1");
        transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), original.id(), "checked",
                Set.of(), OptionalLong.empty()));
        ImportBatchId batch = corrected.batch().orElseThrow();

        assertThatThrownBy(() -> imports.revertImport(owner, household.id(), batch, false))
                .isInstanceOfSatisfying(ImportEditedSinceException.class,
                        e -> assertThat(e.edited()).containsExactly(original.id()));
        assertThat(storedWithBankId("A2").amount()).isEqualTo(Money.parse("-17.99", "USD"));

        imports.revertImport(owner, household.id(), batch, true);

        assertThat(stored()).singleElement().satisfies(tx -> {
            assertThat(tx.bankFields()).isEqualTo(original.bankFields());
            assertThat(tx.notes()).isEqualTo("checked");
        });
    }

    @Test
    void a_correction_of_a_split_row_keeps_the_split_and_its_amount_with_a_warning() {
        run("jan.txt", "#lines x", "2026-01-03;-100.00;USD;COSTCO;K1");
        Transaction costco = storedWithBankId("K1");
        transactions.split(new SplitTransactionCommand(owner, household.id(), costco.id(), List.of(
                new SplitLine(Money.parse("-60.00", "USD"), "food", Optional.empty()),
                new SplitLine(Money.parse("-40.00", "USD"), "home", Optional.empty())), OptionalLong.empty()));

        ImportReport corrected = run("fix.txt", "#lines x", "2026-01-04;-104.00;USD;COSTCO WHSE;K1;;K1");

        assertThat(corrected.replaced()).isEqualTo(1);
        assertThat(corrected.warnings()).anyMatch(w -> w.contains("split") && w.contains("-104.00"));
        assertThat(stored()).singleElement().satisfies(tx -> {
            assertThat(tx.amount()).isEqualTo(Money.parse("-100.00", "USD"));
            assertThat(tx.bookingDate()).isEqualTo(LocalDate.parse("2026-01-04"));
            assertThat(tx.splits()).hasSize(2);
        });
    }
}
