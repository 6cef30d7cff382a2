package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myknees.application.paging.InvalidCursorException;
import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.account.Account;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryId;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.importing.ImportBatchId;
import org.myknees.domain.money.Money;
import org.myknees.domain.onetimeevent.OneTimeEventId;
import org.myknees.domain.report.Period;
import org.myknees.domain.transaction.SplitLine;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;
import org.myknees.domain.transaction.TransactionStatus;

/** What every {@link org.myknees.application.transaction.port.out.TransactionRepository} must do. */
public abstract class TransactionRepositoryContract {

    private static final CategoryKey GROCERIES = CategoryKey.taxonomy("FOOD_AND_DRINK_GROCERIES");
    private static final CategoryKey COFFEE = CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE");
    private static final CategoryKey RENT = CategoryKey.taxonomy("RENT_AND_UTILITIES_RENT");

    protected abstract PortsUnderTest ports();

    private ContractFixtures fixtures() {
        return new ContractFixtures(ports());
    }

    @Test
    void every_field_survives_a_round_trip() {
        Transaction tx = everyFieldSet(fixtures().account(fixtures().household().id(), "Checking"));

        Transaction saved = ports().transactions().save(tx);

        assertThat(saved).isEqualTo(tx.withVersion(1));
        assertThat(ports().transactions().find(tx.householdId(), tx.id())).contains(saved);
    }

    @Test
    void transactions_are_found_by_bank_id_within_one_account_whatever_their_dates() {
        HouseholdId household = fixtures().household().id();
        Account card = fixtures().account(household, "Card");
        Account other = fixtures().account(household, "Other");
        Transaction old = ports().transactions().save(withBankId(card, "2019-03-01", "A1"));
        Transaction recent = ports().transactions().save(withBankId(card, "2026-01-03", "A2"));
        ports().transactions().save(withBankId(card, "2026-01-04", "A3"));
        ports().transactions().save(withBankId(other, "2026-01-03", "A1"));

        assertThat(ports().transactions().findByExternalIds(household, card.id(), List.of("A1", "A2", "NONE")))
                .containsExactlyInAnyOrder(old, recent);
        assertThat(ports().transactions().findByExternalIds(fixtures().household().id(), card.id(), List.of("A1")))
                .isEmpty();
    }

    private static Transaction withBankId(Account account, String date, String bankId) {
        return ContractFixtures.transaction(account, date, -100, "ROW " + bankId).toBuilder()
                .externalId(Optional.of(bankId)).build();
    }

    @Test
    void a_listing_carries_every_field_as_a_look_up_does() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        Transaction rich = ports().transactions().save(everyFieldSet(account));
        Transaction plain = fixtures().saved(account, "2026-02-01", 1_00, "PLAIN");

        assertThat(ports().transactions().search(account.householdId(), TransactionFilter.all(), PageRequest.first(10))
                .items()).containsExactly(rich, plain);
    }

    private static Transaction everyFieldSet(Account account) {
        return ContractFixtures.transaction(account, "2026-02-03", -4_250, "SQ *BLUE BOTTLE #12 OAKLAND")
                .toBuilder()
                .valueDate(Optional.of(LocalDate.parse("2026-02-04")))
                .merchant(Optional.of("Blue Bottle Coffee"))
                .status(TransactionStatus.PENDING)
                .externalId(Optional.of("FITID-0001"))
                .notes("Team breakfast; ünïcödé ✓")
                .tags(Set.of("work", "reimbursable"))
                .oneTimeEvent(Optional.of(OneTimeEventId.newId()))
                .transferLink(Optional.of(TransactionId.newId()))
                .splits(List.of(new SplitLine(Money.ofMinor(-4_000, "USD"), "coffee", Optional.of(COFFEE)),
                        new SplitLine(Money.ofMinor(-250, "USD"), "tip", Optional.empty())))
                .category(CategoryAssignment.automatic(COFFEE, AssignmentSource.MODEL, 0.8125, "minilm-q/1"))
                .build();
    }

    @Test
    void another_household_can_neither_find_nor_list_the_transaction() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        Transaction tx = fixtures().saved(account, "2026-01-05", -100, "COFFEE");
        Household other = fixtures().household();

        assertThat(ports().transactions().find(other.id(), tx.id())).isEmpty();
        assertThat(ports().transactions().search(other.id(), TransactionFilter.all(), PageRequest.first(50)).items())
                .isEmpty();
        assertThat(ports().transactions().count(other.id())).isZero();
    }

    @Test
    void a_stale_save_is_a_version_conflict_and_keeps_the_first_write() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        Transaction tx = fixtures().saved(account, "2026-01-05", -100, "COFFEE");
        ports().transactions().save(tx.annotate("first", Set.of(), ContractFixtures.AT).value());

        assertThatThrownBy(() -> ports().transactions().save(tx.annotate("second", Set.of(), ContractFixtures.AT).value()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(ports().transactions().find(account.householdId(), tx.id()).orElseThrow().notes()).isEqualTo("first");
    }

    @Test
    void bulk_add_stores_every_row() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(ContractFixtures.transaction(account, LocalDate.of(2025, 1, 1).plusDays(i % 300).toString(),
                    -(i + 1), "ROW " + i));
        }

        ports().transactions().addAll(account.householdId(), rows);

        assertThat(ports().transactions().count(account.householdId())).isEqualTo(1_000);
        assertThat(ports().transactions().find(account.householdId(), rows.get(999).id()).orElseThrow().amount())
                .isEqualTo(Money.ofMinor(-1_000, "USD"));
    }

    @Test
    void bulk_add_with_one_bad_row_stores_none() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        Transaction first = ContractFixtures.transaction(account, "2026-01-01", -1, "A");
        List<Transaction> rows = List.of(first, ContractFixtures.transaction(account, "2026-01-02", -2, "B"), first);

        assertThatThrownBy(() -> ports().transactions().addAll(account.householdId(), rows))
                .isInstanceOf(RuntimeException.class);
        assertThat(ports().transactions().count(account.householdId())).isZero();
    }

    @Test
    void bulk_add_in_chunks_stores_every_row_of_every_chunk() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        List<List<Transaction>> chunks = chunks(account, 3, 40);
        ImportBatchId batch = ImportBatchId.newId();

        ports().transactions().addAll(account.householdId(), batch, chunks.iterator(), 120);

        assertThat(ports().transactions().count(account.householdId())).isEqualTo(120);
        assertThat(ports().importBatches().addedTransactions(account.householdId(), batch))
                .containsExactlyInAnyOrderElementsOf(chunks.stream().flatMap(List::stream).map(Transaction::id).toList());
        for (List<Transaction> chunk : chunks) {
            for (Transaction tx : chunk) {
                assertThat(ports().transactions().find(account.householdId(), tx.id())).contains(tx.withVersion(1));
            }
        }
    }

    @Test
    void bulk_add_of_no_chunks_or_empty_chunks_stores_nothing() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");

        ports().transactions().addAll(account.householdId(), ImportBatchId.newId(),
                List.<List<Transaction>>of().iterator(), 0);
        ports().transactions().addAll(account.householdId(), ImportBatchId.newId(),
                List.of(List.<Transaction>of(), List.<Transaction>of()).iterator(), 0);

        assertThat(ports().transactions().count(account.householdId())).isZero();
    }

    @Test
    void bulk_add_in_chunks_whose_iterator_fails_midway_stores_none_and_throws_its_exception() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        List<List<Transaction>> chunks = chunks(account, 2, 30);
        IllegalStateException broken = new IllegalStateException("the third chunk could not be built");
        Iterator<List<Transaction>> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<Transaction> next() {
                if (next == chunks.size()) {
                    throw broken;
                }
                return chunks.get(next++);
            }
        };

        assertThatThrownBy(() -> ports().transactions().addAll(account.householdId(), ImportBatchId.newId(),
                failing, 90)).isSameAs(broken);
        assertThat(ports().transactions().count(account.householdId())).isZero();
    }

    @Test
    void bulk_add_in_chunks_with_a_row_repeated_in_a_later_chunk_stores_none() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        List<List<Transaction>> chunks = chunks(account, 2, 20);
        List<Transaction> last = new ArrayList<>(chunks.get(1));
        last.set(5, chunks.get(0).get(3));
        List<List<Transaction>> repeated = List.of(chunks.get(0), last);

        assertThatThrownBy(() -> ports().transactions().addAll(account.householdId(),
                ImportBatchId.newId(), repeated.iterator(), 40))
                .isInstanceOf(RuntimeException.class);
        assertThat(ports().transactions().count(account.householdId())).isZero();
    }

    private static List<List<Transaction>> chunks(Account account, int count, int size) {
        List<List<Transaction>> chunks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Transaction> chunk = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                chunk.add(ContractFixtures.transaction(account, LocalDate.of(2025, 3, 1).plusDays(i).toString(),
                        -(c * 1_000L + i + 1), "CHUNK " + c + " ROW " + i));
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    @Test
    void listing_is_newest_first_with_ties_broken_by_id_descending_as_unsigned_numbers() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        Transaction low = withId(ContractFixtures.transaction(account, "2026-01-10", -1, "LOW"), "00000000-0000-4000-8000-000000000001");
        Transaction high = withId(ContractFixtures.transaction(account, "2026-01-10", -2, "HIGH"), "f0000000-0000-4000-8000-000000000001");
        Transaction newer = ContractFixtures.transaction(account, "2026-01-11", -3, "NEWER");
        Transaction older = ContractFixtures.transaction(account, "2026-01-09", -4, "OLDER");
        ports().transactions().addAll(account.householdId(), List.of(low, older, high, newer));

        Page<Transaction> page = ports().transactions().search(account.householdId(), TransactionFilter.all(),
                PageRequest.first(10));

        assertThat(page.items()).extracting(Transaction::rawDescriptor).containsExactly("NEWER", "HIGH", "LOW", "OLDER");
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void pages_cover_every_row_exactly_once() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(ContractFixtures.transaction(account, LocalDate.of(2026, 1, 1).plusDays(i % 4).toString(), -i, "R" + i));
        }
        ports().transactions().addAll(account.householdId(), rows);

        List<Transaction> seen = readAll(account.householdId(), TransactionFilter.all(), 10, List.of());

        assertThat(seen).hasSize(25);
        assertThat(seen).extracting(Transaction::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(Transaction::id).toList());
    }

    @Test
    void paging_stays_stable_while_rows_are_added() {
        Account account = fixtures().account(fixtures().household().id(), "Checking");
        List<Transaction> original = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            original.add(ContractFixtures.transaction(account, LocalDate.of(2026, 1, 1).plusDays(i).toString(), -i, "O" + i));
        }
        ports().transactions().addAll(account.householdId(), original);
        Page<Transaction> first = ports().transactions().search(account.householdId(), TransactionFilter.all(),
                PageRequest.first(7));
        ports().transactions().save(ContractFixtures.transaction(account, "2026-06-01", -1, "NEWEST"));
        ports().transactions().save(ContractFixtures.transaction(account, "2025-06-01", -1, "OLDEST"));

        List<Transaction> all = new ArrayList<>(first.items());
        all.addAll(readAll(account.householdId(), TransactionFilter.all(), 7, List.of(first.nextCursor().orElseThrow())));

        assertThat(all).extracting(Transaction::id).doesNotHaveDuplicates()
                .containsAll(original.stream().map(Transaction::id).toList());
        assertThat(all).extracting(Transaction::rawDescriptor).doesNotContain("NEWEST").contains("OLDEST");
    }

    @Test
    void a_cursor_that_was_not_issued_is_rejected() {
        HouseholdId household = fixtures().household().id();
        assertThatThrownBy(() -> ports().transactions().search(household, TransactionFilter.all(),
                PageRequest.after("not-a-cursor", 10))).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void filters_select_by_period_account_category_text_and_amount() {
        Household household = fixtures().household();
        Account checking = fixtures().account(household.id(), "Checking");
        Account card = fixtures().account(household.id(), "Card");
        Transaction groceries = save(ContractFixtures.transaction(checking, "2026-01-05", -5_000, "WHOLE FOODS")
                .toBuilder().category(ContractFixtures.byRule(GROCERIES)).build());
        Transaction coffee = save(ContractFixtures.transaction(card, "2026-01-20", -450, "STARBUCKS")
                .toBuilder().notes("with Sam").build().toBuilder().category(ContractFixtures.byRule(COFFEE)).build());
        Transaction rent = save(ContractFixtures.transaction(checking, "2026-02-01", -150_000, "RENT")
                .toBuilder().category(ContractFixtures.byRule(RENT)).build());
        Transaction salary = fixtures().saved(checking, "2026-02-15", 300_000, "ACME PAYROLL");
        Transaction split = save(ContractFixtures.transaction(card, "2026-02-20", -1_000, "TARGET").toBuilder()
                .splits(List.of(new SplitLine(Money.ofMinor(-600, "USD"), "food", Optional.of(GROCERIES)),
                        new SplitLine(Money.ofMinor(-400, "USD"), "other", Optional.empty()))).build());
        HouseholdId h = household.id();

        assertThat(ids(h, TransactionFilter.all().withPeriod(new Period(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31"))))).containsExactly(coffee.id(), groceries.id());
        assertThat(ids(h, TransactionFilter.all().withAccounts(Set.of(card.id())))).containsExactly(split.id(), coffee.id());
        assertThat(ids(h, TransactionFilter.all().withCategories(Set.of(GROCERIES), false)))
                .containsExactly(split.id(), groceries.id());
        assertThat(ids(h, TransactionFilter.all().withCategories(Set.of(CategoryKey.taxonomy("FOOD_AND_DRINK")), false)))
                .containsExactly(split.id(), coffee.id(), groceries.id());
        assertThat(ids(h, TransactionFilter.all().withCategories(Set.of(RENT), true)))
                .containsExactly(salary.id(), rent.id());
        assertThat(ids(h, TransactionFilter.all().withText("sam"))).containsExactly(coffee.id());
        assertThat(ids(h, TransactionFilter.all().withText("whole"))).containsExactly(groceries.id());
        assertThat(ids(h, TransactionFilter.all().withAmountRange(Optional.of(Money.parse("-50.00", "USD")),
                Optional.of(Money.parse("-4.50", "USD"))))).containsExactly(split.id(), coffee.id(), groceries.id());
        assertThat(ids(h, TransactionFilter.all().withAmountRange(Optional.of(Money.parse("0", "USD")), Optional.empty())))
                .containsExactly(salary.id());
        assertThat(ids(h, TransactionFilter.all().withAccounts(Set.of(checking.id()))
                .withText("rent").withPeriod(new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")))))
                .containsExactly(rent.id());
    }

    @Test
    void replacing_a_category_moves_transactions_and_split_lines_and_counts_them() {
        Household household = fixtures().household();
        Account account = fixtures().account(household.id(), "Checking");
        CategoryKey mine = CategoryKey.custom(CategoryId.newId());
        CategoryKey theirs = CategoryKey.custom(CategoryId.newId());
        Transaction pinned = save(ContractFixtures.transaction(account, "2026-01-05", -100, "A")
                .pinCategory(mine, ContractFixtures.AT).value());
        Transaction split = save(ContractFixtures.transaction(account, "2026-01-06", -100, "B").toBuilder()
                .splits(List.of(new SplitLine(Money.ofMinor(-30, "USD"), "x", Optional.of(mine)),
                        new SplitLine(Money.ofMinor(-70, "USD"), "y", Optional.of(GROCERIES)))).build());
        Transaction untouched = save(ContractFixtures.transaction(account, "2026-01-07", -100, "C")
                .toBuilder().category(ContractFixtures.byRule(GROCERIES)).build());

        long moved = ports().transactions().replaceCategory(household.id(), mine, theirs);

        assertThat(moved).isEqualTo(2);
        Transaction movedPin = ports().transactions().find(household.id(), pinned.id()).orElseThrow();
        assertThat(movedPin.category()).isEqualTo(CategoryAssignment.manual(theirs));
        assertThat(movedPin.version()).isEqualTo(pinned.version() + 1);
        assertThat(ports().transactions().find(household.id(), split.id()).orElseThrow().splits().get(0).category())
                .contains(theirs);
        assertThat(ports().transactions().find(household.id(), untouched.id())).contains(untouched);
    }

    @Test
    void finding_by_account_and_period_returns_only_those_rows_in_listing_order() {
        Household household = fixtures().household();
        Account checking = fixtures().account(household.id(), "Checking");
        Account card = fixtures().account(household.id(), "Card");
        Transaction first = fixtures().saved(checking, "2026-01-01", -1, "FIRST DAY");
        Transaction last = fixtures().saved(checking, "2026-01-31", -2, "LAST DAY");
        fixtures().saved(checking, "2026-02-01", -3, "AFTER");
        fixtures().saved(checking, "2025-12-31", -4, "BEFORE");
        fixtures().saved(card, "2026-01-15", -5, "OTHER ACCOUNT");

        assertThat(ports().transactions().findInPeriod(household.id(), checking.id(),
                new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))))
                .containsExactly(last, first);
        assertThat(ports().transactions().findInPeriod(fixtures().household().id(), checking.id(),
                new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")))).isEmpty();
    }

    @Test
    void removing_transactions_touches_only_the_given_household() {
        Household household = fixtures().household();
        Account account = fixtures().account(household.id(), "Checking");
        Transaction a = fixtures().saved(account, "2026-01-01", -1, "A");
        Transaction b = fixtures().saved(account, "2026-01-02", -2, "B");
        Household other = fixtures().household();

        assertThat(ports().transactions().removeAll(other.id(), List.of(a.id(), b.id()))).isZero();
        assertThat(ports().transactions().removeAll(household.id(), List.of(a.id(), TransactionId.newId()))).isEqualTo(1);
        assertThat(ports().transactions().find(household.id(), a.id())).isEmpty();
        assertThat(ports().transactions().find(household.id(), b.id())).contains(b);
        assertThat(ports().transactions().search(household.id(), TransactionFilter.all(), PageRequest.first(10)).items())
                .containsExactly(b);
    }

    private Transaction save(Transaction tx) {
        return ports().transactions().save(tx);
    }

    private List<TransactionId> ids(HouseholdId household, TransactionFilter filter) {
        return readAll(household, filter, 2, List.of()).stream().map(Transaction::id).toList();
    }

    private List<Transaction> readAll(HouseholdId household, TransactionFilter filter, int limit, List<String> startAt) {
        List<Transaction> all = new ArrayList<>();
        Optional<String> cursor = startAt.stream().findFirst();
        Set<String> cursors = new HashSet<>();
        do {
            Page<Transaction> page = ports().transactions().search(household, filter, new PageRequest(cursor, limit));
            all.addAll(page.items());
            cursor = page.nextCursor();
            assertThat(cursor.map(cursors::add).orElse(true)).as("a cursor repeats").isTrue();
        } while (cursor.isPresent());
        return all;
    }

    private static Transaction withId(Transaction tx, String id) {
        return tx.toBuilder().id(new TransactionId(UUID.fromString(id))).build();
    }
}
