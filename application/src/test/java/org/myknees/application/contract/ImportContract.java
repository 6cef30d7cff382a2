package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.household.ReadOnlyMemberException;
import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.importing.ImportStatementService;
import org.myknees.application.importing.StatementParsers;
import org.myknees.application.importing.port.in.ImportEditedSinceException;
import org.myknees.application.importing.port.in.ImportRejectedException;
import org.myknees.application.importing.port.in.ImportReport;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.purchase.PurchaseService;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.application.transaction.port.out.TransactionOrder;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.importing.DuplicatePolicy;
import org.myknees.domain.importing.ImportBatch;
import org.myknees.domain.purchase.Purchase;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/**
 * The import pipeline over one store: dedupe, pending → posted, validation, dry run, strict mode, revert.
 * Uses a tiny line format so the pipeline is tested apart from real bank formats.
 */
public abstract class ImportContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T09:00:00Z"), ZoneOffset.UTC);

    protected abstract PortsUnderTest ports();

    private ImportStatementService imports;
    private TransactionService transactions;
    private HouseholdService households;
    private PurchaseService purchases;
    private UserId owner;
    private Household household;
    private Account checking;

    @BeforeEach
    void wire() {
        PortsUnderTest p = ports();
        households = new HouseholdService(p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        transactions = new TransactionService(p.transactions(), p.accounts(), p.oneTimeEvents(),
                new CategoryCatalog(Taxonomy.plaidV1(), p.categories()), p.households(), p.unitOfWork(), p.outbox(), CLOCK);
        imports = new ImportStatementService(new StatementParsers(List.of(new LinesParser(), new OrderLinesParser())), p.accounts(),
                p.transactions(), p.importBatches(), p.purchases(), p.households(), p.unitOfWork(), p.outbox(), CLOCK,
                DuplicatePolicy.standard(), raw -> raw.strip().toUpperCase(java.util.Locale.ROOT));
        purchases = new PurchaseService(p.purchases(), p.households());
        owner = UserId.newId();
        household = households.createHousehold(new CreateHouseholdCommand(owner, "Importers"));
        checking = new ContractFixtures(p).account(household.id(), "Ally_Bank");
    }

    private ImportReport run(String file, boolean dryRun, boolean strict, boolean createAccounts, String... lines) {
        return imports.importStatement(new ImportStatementCommand(owner, household.id(), file,
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8), Optional.empty(),
                createAccounts ? Optional.empty() : Optional.of(checking.code()), createAccounts, dryRun, strict, Map.of()));
    }

    private ImportReport run(String... lines) {
        return run("jan.txt", false, false, false, lines);
    }

    private List<Transaction> stored() {
        return ports().transactions().search(household.id(), TransactionFilter.all(), PageRequest.first(500)).items();
    }

    @Test
    void every_row_is_added_duplicated_or_quarantined_and_importing_the_same_file_again_adds_nothing() {
        String[] file = {"#lines x", "2026-01-03;-4.50;USD;STARBUCKS", "2026-01-03;-4.50;USD;STARBUCKS",
                "2026-01-04;oops;USD;BROKEN", "2026-01-05;2500.00;USD;PAYROLL"};

        ImportReport first = run(file);
        ImportReport again = run(file);

        assertThat(first.added()).isEqualTo(3);
        assertThat(first.quarantined()).singleElement().satisfies(q -> assertThat(q.line()).isEqualTo(4));
        assertThat(first.batch()).isPresent();
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).hasSize(3);
        assertThat(again.batch()).isEmpty();
        assertThat(again.alreadyImported()).isEqualTo(first.batch());
        assertThat(stored()).hasSize(3);
        assertThat(imports.listImports(owner, household.id())).hasSize(1);
        assertThat(imports.quarantinedRows(owner, household.id(), first.batch().orElseThrow()))
                .as("the batch keeps the rows it quarantined").containsExactlyElementsOf(first.quarantined());
    }

    @Test
    void identical_rows_on_one_day_are_judged_by_counts() {
        run("#lines x", "2026-01-03;-4.50;USD;COFFEE", "2026-01-03;-4.50;USD;COFFEE");

        ImportReport overlap = run("feb.txt", false, false, false, "#lines x", "2026-01-03;-4.50;USD;coffee ",
                "2026-01-03;-4.50;USD;COFFEE", "2026-01-03;-4.50;USD;COFFEE");

        assertThat(overlap.added()).isEqualTo(1);
        assertThat(overlap.duplicates()).hasSize(2)
                .allSatisfy(d -> assertThat(d.reason()).contains("same date, amount and text"));
        assertThat(stored()).hasSize(3);
    }

    @Test
    void the_bank_id_decides_before_the_text_does() {
        run("#lines x", "2026-01-03;-20.00;USD;AMAZON MKTP;FIT-1");

        ImportReport again = run("other.txt", false, false, false, "#lines x", "2026-01-03;-20.00;USD;AMZN Mktp US*2K3;FIT-1",
                "2026-01-03;-20.00;USD;AMAZON MKTP;FIT-2");

        assertThat(again.duplicates()).singleElement().satisfies(d -> assertThat(d.reason()).contains("FIT-1"));
        assertThat(again.added()).isEqualTo(1);
    }

    @Test
    void a_posted_row_replaces_its_pending_twin_and_keeps_every_user_edit() {
        run("#lines x", "2026-01-03;-61.20;USD;SHELL OIL PENDING;;pending");
        Transaction pending = stored().get(0);
        Transaction annotated = transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), pending.id(),
                "road trip", Set.of("travel"), OptionalLong.empty()));
        transactions.pinCategory(new PinCategoryCommand(owner, household.id(), pending.id(),
                Optional.of(CategoryKey.taxonomy("TRANSPORTATION_GAS")), OptionalLong.of(annotated.version())));

        ImportReport posted = run("posted.txt", false, false, false, "#lines x", "2026-01-05;-61.20;USD;SHELL OIL 5744;FIT-9");

        assertThat(posted.replacedPending()).isEqualTo(1);
        assertThat(stored()).singleElement().satisfies(tx -> {
            assertThat(tx.id()).isEqualTo(pending.id());
            assertThat(tx.status()).isEqualTo(TransactionStatus.POSTED);
            assertThat(tx.bookingDate()).isEqualTo(LocalDate.parse("2026-01-05"));
            assertThat(tx.externalId()).contains("FIT-9");
            assertThat(tx.notes()).isEqualTo("road trip");
            assertThat(tx.tags()).containsExactly("travel");
            assertThat(tx.category()).isEqualTo(CategoryAssignment.manual(CategoryKey.taxonomy("TRANSPORTATION_GAS")));
        });
    }

    @Test
    void a_dry_run_reports_exactly_what_a_commit_does_and_writes_nothing() {
        String[] file = {"#lines x", "2026-01-03;-1.00;USD;A", "2026-01-04;-2.00;EUR;WRONG CURRENCY", "2026-01-05;-3.00;USD;C"};

        ImportReport preview = run("f.txt", true, false, false, file);

        assertThat(stored()).isEmpty();
        assertThat(imports.listImports(owner, household.id())).isEmpty();
        ImportReport commit = run("f.txt", false, false, false, file);
        assertThat(preview.added()).isEqualTo(commit.added()).isEqualTo(2);
        assertThat(preview.quarantined()).isEqualTo(commit.quarantined());
        assertThat(commit.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.field()).isEqualTo("currency");
            assertThat(q.reason()).contains("EUR").contains("USD");
        });
        assertThat(preview.dryRun()).isTrue();
    }

    @Test
    void strict_mode_rejects_the_whole_file_and_writes_nothing() {
        assertThatThrownBy(() -> run("bad.txt", false, true, false, "#lines x", "2026-01-03;-1.00;USD;A", "garbage"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("bad.txt").hasMessageContaining("line 3");
        assertThat(stored()).isEmpty();
    }

    @Test
    void balances_that_do_not_reconcile_and_future_dates_are_warnings() {
        ImportReport report = run("#lines x 100.00 90.00 USD", "2026-01-03;-5.00;USD;A", "2026-12-01;-1.00;USD;LATER");

        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("does not reconcile").contains("94.00 USD"))
                .anySatisfy(w -> assertThat(w).contains("in the future"));
        assertThat(report.added()).isEqualTo(2);
    }

    @Test
    void an_unknown_account_is_refused_unless_accounts_may_be_created() {
        assertThatThrownBy(() -> imports.importStatement(new ImportStatementCommand(owner, household.id(), "n.txt",
                "#lines Chase-9876\n2026-01-03;-1.00;USD;A".getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.empty(), false, false, false, Map.of())))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("Chase-9876");

        ImportReport created = run("n.txt", false, false, true, "#lines Chase-9876 0 -1.00 USD", "2026-01-03;-1.00;USD;A");

        assertThat(created.statements()).singleElement().satisfies(s -> assertThat(s.account()).isEqualTo("Chase-9876"));
        assertThat(ports().accounts().findByCode(household.id(), new AccountCode("Chase-9876"))).isPresent();
    }

    @Test
    void a_revert_removes_what_the_batch_added_but_not_what_a_person_edited_unless_forced() {
        ImportReport report = run("#lines x", "2026-01-03;-1.00;USD;A", "2026-01-04;-2.00;USD;B");
        Transaction edited = stored().get(0);
        transactions.annotate(new AnnotateTransactionCommand(owner, household.id(), edited.id(), "keep me", Set.of(),
                OptionalLong.empty()));

        assertThatThrownBy(() -> imports.revertImport(owner, household.id(), report.batch().orElseThrow(), false))
                .isInstanceOfSatisfying(ImportEditedSinceException.class,
                        e -> assertThat(e.edited()).containsExactly(edited.id()))
                .hasMessageContaining("edited");
        assertThat(stored()).hasSize(2);
        ImportBatch reverted = imports.revertImport(owner, household.id(), report.batch().orElseThrow(), true);

        assertThat(reverted.reverted()).isTrue();
        assertThat(stored()).isEmpty();
        assertThat(run("#lines x", "2026-01-03;-1.00;USD;A", "2026-01-04;-2.00;USD;B").added()).isEqualTo(2);
    }

    @Test
    void an_import_larger_than_a_chunk_stores_every_row_once_in_file_order_and_reverts_whole() {
        int rows = 52_000;
        String[] file = new String[rows + 1];
        file[0] = "#lines x";
        for (int i = 1; i <= rows; i++) {
            file[i] = LocalDate.of(2020, 1, 1).plusDays(i % 2_000) + ";-" + i + ".00;USD;SHOP " + i;
        }

        ImportReport report = run(file);

        ImportBatch batch = imports.getImport(owner, household.id(), report.batch().orElseThrow());
        List<TransactionId> added = ports().importBatches().addedTransactions(household.id(), batch.id());
        assertThat(report.added()).isEqualTo(rows);
        assertThat(batch.added()).isEqualTo(rows);
        assertThat(ports().transactions().count(household.id())).isEqualTo(rows);
        assertThat(added).hasSize(rows).doesNotHaveDuplicates();
        assertThat(ports().transactions().find(household.id(), added.get(0)).orElseThrow().rawDescriptor())
                .isEqualTo("SHOP 1");
        assertThat(ports().transactions().find(household.id(), added.get(rows - 1)).orElseThrow().rawDescriptor())
                .isEqualTo("SHOP " + rows);
        assertThat(added).as("time-ordered ids, made in file order")
                .isSortedAccordingTo((a, b) -> TransactionOrder.compareIds(a.value(), b.value()));

        imports.revertImport(owner, household.id(), batch.id(), true);

        assertThat(ports().transactions().count(household.id())).isZero();
    }

    @Test
    void rows_judged_in_later_chunks_meet_the_stored_rows_as_in_a_dry_run_of_the_whole_file() {
        run("#lines x", "2026-01-03;-61.20;USD;SHELL OIL PENDING;;pending", "2026-01-04;-4.50;USD;COFFEE",
                "2026-01-04;-20.00;USD;AMAZON MKTP;FIT-1");
        Transaction pending = stored().stream().filter(tx -> tx.status() == TransactionStatus.PENDING).findFirst()
                .orElseThrow();
        int filler = 60_000;
        String[] file = new String[filler + 5];
        file[0] = "#lines x";
        for (int i = 1; i <= filler; i++) {
            file[i] = LocalDate.of(2025, 12, 1).plusDays(i % 40) + ";-" + i + ".00;USD;SHOP " + i;
        }
        // After more than two chunks of new rows: the stored coffee matches the first of the file's two coffees only.
        file[filler + 1] = "2026-01-04;-4.50;USD;COFFEE";
        file[filler + 2] = "2026-01-05;-61.20;USD;SHELL OIL 5744;FIT-9";
        file[filler + 3] = "2026-01-04;-4.50;USD;COFFEE";
        file[filler + 4] = "2026-01-06;-20.00;USD;AMAZON MKTP;FIT-1";

        ImportReport preview = run("big.txt", true, false, false, file);
        ImportReport commit = run("big.txt", false, false, false, file);

        assertThat(commit.added()).isEqualTo(preview.added()).isEqualTo(filler + 1);
        assertThat(commit.replacedPending()).isEqualTo(preview.replacedPending()).isEqualTo(1);
        assertThat(commit.duplicates()).isEqualTo(preview.duplicates())
                .extracting(ImportReport.DuplicateRow::line).containsExactly(filler + 2, filler + 5);
        assertThat(commit.quarantined()).isEqualTo(preview.quarantined()).isEmpty();
        assertThat(ports().transactions().count(household.id())).isEqualTo(3 + filler + 1);
        assertThat(ports().transactions().find(household.id(), pending.id()).orElseThrow().status())
                .isEqualTo(TransactionStatus.POSTED);
        ImportBatch batch = imports.getImport(owner, household.id(), commit.batch().orElseThrow());
        assertThat(batch.added()).isEqualTo(filler + 2);
        assertThat(batch.duplicates()).isEqualTo(2);
        assertThat(batch.rows()).isEqualTo(filler + 4);
        assertThat(batch.period()).contains(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 9)));
    }

    @Test
    void a_failure_while_later_rows_are_judged_leaves_nothing_of_the_batch() {
        ImportStatementService failing = new ImportStatementService(new StatementParsers(List.of(new LinesParser())),
                ports().accounts(), ports().transactions(), ports().importBatches(), ports().purchases(),
                ports().households(), ports().unitOfWork(), ports().outbox(), CLOCK, DuplicatePolicy.standard(),
                raw -> {
                    if (raw.equals("BOOM")) {
                        throw new IllegalStateException("normalizer failed on " + raw);
                    }
                    return raw;
                });
        int rows = 60_000;
        String[] file = new String[rows + 2];
        file[0] = "#lines NEWACC";
        for (int i = 1; i <= rows; i++) {
            file[i] = LocalDate.of(2020, 1, 1).plusDays(i % 2_000) + ";-" + i + ".00;USD;SHOP " + i;
        }
        file[rows + 1] = "2026-01-04;-4.50;USD;BOOM";

        assertThatThrownBy(() -> failing.importStatement(new ImportStatementCommand(owner, household.id(), "boom.txt",
                String.join("\n", file).getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), true,
                false, false, Map.of()))).hasMessageContaining("normalizer failed on BOOM");

        assertThat(ports().transactions().count(household.id())).isZero();
        assertThat(imports.listImports(owner, household.id())).isEmpty();
        assertThat(ports().accounts().findByCode(household.id(), new AccountCode("NEWACC"))).isEmpty();
    }

    private ImportReport importOrders(String file, String... orders) {
        return imports.importStatement(new ImportStatementCommand(owner, household.id(), file,
                ("#orders\n" + String.join("\n", orders)).getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.empty(), false, false, false, Map.of()));
    }

    @Test
    void orders_are_stored_as_purchases_and_importing_the_same_file_again_adds_nothing() {
        String[] file = {"Amazon;112-1;2026-01-05;19.98;USD;cable*2@7.49 14.98;case*1@5.00 5.00",
                "Costco;55;2026-01-07;3.00;USD"};

        ImportReport first = importOrders("orders.txt", file);
        ImportReport again = importOrders("orders.txt", file);

        assertThat(first.added()).isEqualTo(2);
        assertThat(first.duplicates()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).hasSize(2).allSatisfy(d -> assertThat(d.reason()).contains("already stored"));
        assertThat(again.alreadyImported()).isEqualTo(first.batch());
        assertThat(stored()).isEmpty();
        List<Purchase> listed = purchases.listPurchases(owner, household.id());
        assertThat(listed).extracting(Purchase::orderNumber).containsExactly("55", "112-1");
        Purchase amazon = purchases.getPurchase(owner, household.id(), listed.get(1).id());
        assertThat(amazon.lines()).extracting(l -> l.description() + " " + l.quantity() + " " + l.total())
                .containsExactly("cable 2 14.98 USD", "case 1 5.00 USD");
        assertThat(amazon.importBatch()).isEqualTo(first.batch().orElseThrow());
        ImportBatch batch = imports.getImport(owner, household.id(), first.batch().orElseThrow());
        assertThat(batch.added()).isEqualTo(2);
        assertThat(batch.rows()).isEqualTo(2);
        assertThat(batch.period()).hasValueSatisfying(p -> assertThat(p.from()).isEqualTo(LocalDate.parse("2026-01-05")));
    }

    @Test
    void an_order_seen_before_in_another_file_is_a_duplicate_whatever_the_retailers_case() {
        importOrders("jan.txt", "Amazon;112-1;2026-01-05;5.00;USD;case*1@5.00 5.00");

        ImportReport overlap = importOrders("feb.txt", "AMAZON;112-1;2026-01-05;5.00;USD;case*1@5.00 5.00",
                "Amazon;112-2;2026-02-01;1.00;USD");

        assertThat(overlap.added()).isEqualTo(1);
        assertThat(overlap.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.reason()).contains("112-1");
        });
        assertThat(overlap.batch()).isPresent();
        assertThat(purchases.listPurchases(owner, household.id())).hasSize(2);
    }

    @Test
    void an_order_that_breaks_a_purchase_invariant_is_quarantined_while_the_rest_imports() {
        ImportReport report = importOrders("mixed.txt", "Amazon;1;2026-01-05;5.00;USD;case*1@5.00 5.00 EUR",
                "Amazon;2;2026-01-05;5.00;USD;case*1@5.00 5.00");

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(2);
            assertThat(q.reason()).contains("EUR");
        });
        assertThat(purchases.listPurchases(owner, household.id())).extracting(Purchase::orderNumber).containsExactly("2");
    }

    @Test
    void a_dry_run_of_orders_writes_no_purchase_and_a_revert_removes_the_purchases_of_its_batch() {
        String order = "Amazon;1;2026-01-05;5.00;USD;case*1@5.00 5.00";
        ImportReport preview = imports.importStatement(new ImportStatementCommand(owner, household.id(), "o.txt",
                ("#orders\n" + order).getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), false,
                true, false, Map.of()));
        assertThat(preview.added()).isEqualTo(1);
        assertThat(purchases.listPurchases(owner, household.id())).isEmpty();

        ImportReport first = importOrders("o.txt", order);
        imports.revertImport(owner, household.id(), first.batch().orElseThrow(), false);

        assertThat(purchases.listPurchases(owner, household.id())).isEmpty();
        assertThat(importOrders("o.txt", order).added()).isEqualTo(1);
    }

    @Test
    void a_viewer_cannot_import() {
        UserId viewer = UserId.newId();
        households.addMember(new AddMemberCommand(owner, household.id(), viewer, MemberRole.VIEWER));

        assertThatThrownBy(() -> imports.importStatement(new ImportStatementCommand(viewer, household.id(), "v.txt",
                "#lines x\n2026-01-03;-1.00;USD;A".getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.of(checking.code()), false, false, false, Map.of()))).isInstanceOf(ReadOnlyMemberException.class);
    }
}
