package org.myknees.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myknees.domain.Change;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.category.AssignmentSource;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.money.CurrencyMismatchException;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.TransactionEvents.TransactionCategorized;

class TransactionTest {

    private static final Instant AT = Instant.parse("2026-02-01T08:00:00Z");
    private static final CategoryKey COFFEE = CategoryKey.taxonomy("FOOD_AND_DRINK_COFFEE");
    private final HouseholdId household = HouseholdId.newId();
    private final Account checking = account("Checking");

    private Account account(String code) {
        return Account.open(AccountId.newId(), household, new AccountCode(code), code, AccountType.CHECKING,
                Money.parse("0", "USD"), LocalDate.parse("2026-01-01"), Optional.empty(), AT).value();
    }

    private Transaction tx(Account account, String amount) {
        return Transaction.record(TransactionId.newId(), account, LocalDate.parse("2026-01-15"),
                Money.parse(amount, "USD"), "STARBUCKS #123", "STARBUCKS", TransactionStatus.POSTED,
                Optional.of("FIT1"), AT).value();
    }

    @Test
    void the_bank_restating_a_transaction_replaces_its_bank_fields_and_keeps_every_person_edit() {
        Transaction edited = tx(checking, "-4.50").annotate("with Ana", Set.of("friends"), AT).value()
                .pinCategory(COFFEE, AT).value().nameMerchant("Starbucks", AT).value();
        BankFields corrected = new BankFields(LocalDate.parse("2026-01-16"), Optional.of(LocalDate.parse("2026-01-15")),
                Money.parse("-5.25", "USD"), "STARBUCKS #123 TIP", "STARBUCKS TIP", TransactionStatus.PENDING,
                Optional.of("FIT2"));

        Transaction restated = edited.restate(corrected);

        assertThat(restated.bankFields()).isEqualTo(corrected);
        assertThat(restated.id()).isEqualTo(edited.id());
        assertThat(restated.notes()).isEqualTo("with Ana");
        assertThat(restated.tags()).containsExactly("friends");
        assertThat(restated.category()).isEqualTo(CategoryAssignment.manual(COFFEE));
        assertThat(restated.merchant()).contains("Starbucks");
        assertThat(restated.isEditedByPerson()).isTrue();
        assertThat(tx(checking, "-4.50").isEditedByPerson()).isFalse();
    }

    @Test
    void a_split_transaction_cannot_be_restated_with_another_amount() {
        Transaction split = tx(checking, "-10.00").split(List.of(
                new SplitLine(Money.parse("-6.00", "USD"), "a", Optional.empty()),
                new SplitLine(Money.parse("-4.00", "USD"), "b", Optional.empty())), AT).value();

        assertThatThrownBy(() -> split.restate(split.bankFields().withAmount(Money.parse("-12.00", "USD"))))
                .isInstanceOf(SplitsDoNotAddUpException.class);
        assertThat(split.restate(split.bankFields()).splits()).hasSize(2);
        assertThat(split.isEditedByPerson()).isTrue();
    }

    @Test
    void recording_needs_the_account_currency_and_an_open_account() {
        assertThatThrownBy(() -> Transaction.record(TransactionId.newId(), checking, LocalDate.parse("2026-01-15"),
                Money.parse("1", "EUR"), "x", "X", TransactionStatus.POSTED, Optional.empty(), AT))
                .isInstanceOf(CurrencyMismatchException.class);
        Account archived = checking.archive(AT).value();
        assertThatThrownBy(() -> tx(archived, "-1")).isInstanceOf(org.myknees.domain.account.AccountArchivedException.class);
    }

    @Test
    void a_manual_pin_is_never_replaced_by_an_automatic_result_until_released() {
        Transaction pinned = tx(checking, "-4.50").pinCategory(COFFEE, AT).value();
        CategoryAssignment byModel = CategoryAssignment.automatic(CategoryKey.taxonomy("FOOD_AND_DRINK_RESTAURANT"),
                AssignmentSource.MODEL, 0.9, "minilm");

        assertThat(pinned.categorizeAutomatically(byModel, AT)).isInstanceOf(CategorizationOutcome.KeptManualPin.class);

        Transaction released = pinned.unpinCategory(AT).value();
        CategorizationOutcome outcome = released.categorizeAutomatically(byModel, AT);
        assertThat(outcome).isInstanceOfSatisfying(CategorizationOutcome.Categorized.class, c -> {
            assertThat(c.change().value().category()).isEqualTo(byModel);
            assertThat(c.change().events()).singleElement().isInstanceOf(TransactionCategorized.class);
        });
        Transaction categorized = ((CategorizationOutcome.Categorized) outcome).change().value();
        assertThat(categorized.categorizeAutomatically(byModel, AT)).isInstanceOf(CategorizationOutcome.Unchanged.class);
        assertThatThrownBy(() -> released.categorizeAutomatically(CategoryAssignment.manual(COFFEE), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splits_must_add_up_exactly_and_have_two_lines() {
        Transaction tx = tx(checking, "-10.00");

        assertThatThrownBy(() -> tx.split(List.of(new SplitLine(Money.parse("-6", "USD"), "a", Optional.empty()),
                new SplitLine(Money.parse("-3.99", "USD"), "b", Optional.empty())), AT))
                .isInstanceOf(SplitsDoNotAddUpException.class).hasMessageContaining("-9.99 USD");
        assertThatThrownBy(() -> tx.split(List.of(new SplitLine(Money.parse("-10", "USD"), "a", Optional.empty())), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.split(List.of(new SplitLine(Money.parse("-5", "USD"), "a", Optional.empty()),
                new SplitLine(Money.parse("-5", "EUR"), "b", Optional.empty())), AT))
                .isInstanceOf(CurrencyMismatchException.class);
        Change<Transaction> split = tx.split(List.of(new SplitLine(Money.parse("-6", "USD"), "a", Optional.of(COFFEE)),
                new SplitLine(Money.parse("-4", "USD"), "b", Optional.empty())), AT);
        assertThat(split.value().isSplit()).isTrue();
        assertThat(split.value().split(List.of(), AT).value().isSplit()).isFalse();
    }

    @Test
    void tags_are_trimmed_lower_cased_unique_and_sorted_and_notes_are_bounded() {
        Transaction annotated = tx(checking, "-1").annotate("note", Set.of(" Work", "travel", "WORK "), AT).value();

        assertThat(annotated.tags()).containsExactly("travel", "work");
        assertThatThrownBy(() -> tx(checking, "-1").annotate("x".repeat(10_001), Set.of(), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx(checking, "-1").annotate("", Set.of(" "), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transfers_link_two_accounts_with_opposite_signs_and_unlink_both_sides() {
        Account card = account("Card");
        Transaction out = tx(checking, "-200");
        Transaction in = tx(card, "200");

        List<Change<Transaction>> linked = TransferLinks.link(out, in, AT);

        assertThat(linked.get(0).value().transferLink()).contains(in.id());
        assertThat(linked.get(1).value().transferLink()).contains(out.id());
        assertThatThrownBy(() -> TransferLinks.link(out, tx(checking, "200"), AT))
                .isInstanceOf(InvalidTransferLinkException.class).hasMessageContaining("different accounts");
        assertThatThrownBy(() -> TransferLinks.link(out, tx(card, "-200"), AT))
                .isInstanceOf(InvalidTransferLinkException.class).hasMessageContaining("money out");
        assertThatThrownBy(() -> TransferLinks.link(linked.get(0).value(), tx(card, "50"), AT))
                .isInstanceOf(InvalidTransferLinkException.class).hasMessageContaining("already linked");
        List<Change<Transaction>> unlinked = TransferLinks.unlink(linked.get(0).value(), linked.get(1).value(), AT);
        assertThat(unlinked).allSatisfy(c -> assertThat(c.value().isTransfer()).isFalse());
        assertThatThrownBy(() -> TransferLinks.unlink(out, in, AT)).isInstanceOf(InvalidTransferLinkException.class);
    }

    @Test
    void naming_the_merchant_records_it_and_a_blank_name_is_refused() {
        Transaction tx = tx(checking, "-4.50");

        Change<Transaction> named = tx.nameMerchant("Starbucks", AT);

        assertThat(named.value().merchant()).contains("Starbucks");
        assertThat(named.events()).containsExactly(
                new TransactionEvents.MerchantNamed(household, tx.id(), "Starbucks", AT));
        assertThatThrownBy(() -> tx.nameMerchant(" ", AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
