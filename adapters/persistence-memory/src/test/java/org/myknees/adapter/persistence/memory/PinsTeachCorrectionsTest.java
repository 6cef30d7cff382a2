package org.myknees.adapter.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.myknees.application.account.AccountService;
import org.myknees.application.account.port.in.AccountCommands.OpenAccountCommand;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.category.CategoryCatalog;
import org.myknees.application.household.HouseholdService;
import org.myknees.application.household.port.in.HouseholdCommands.CreateHouseholdCommand;
import org.myknees.application.transaction.TransactionService;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionStatus;

class PinsTeachCorrectionsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryPersistence store = new InMemoryPersistence();

    @Test
    void a_pinned_category_becomes_a_correction_of_its_descriptor_for_that_household_only() {
        UserId me = UserId.newId();
        Household home = new HouseholdService(store.households(), store.unitOfWork(), store.outbox(), clock)
                .createHousehold(new CreateHouseholdCommand(me, "Home"));
        Household other = new HouseholdService(store.households(), store.unitOfWork(), store.outbox(), clock)
                .createHousehold(new CreateHouseholdCommand(me, "Other"));
        Account account = new AccountService(store.accounts(), store.households(), store.unitOfWork(), store.outbox(),
                clock).openAccount(new OpenAccountCommand(me, home.id(), new AccountCode("Checking"), "Checking",
                AccountType.CHECKING, Money.parse("0", "USD"), LocalDate.parse("2026-01-01"), Optional.empty()));
        TransactionService transactions = new TransactionService(store.transactions(), store.accounts(),
                store.oneTimeEvents(), new CategoryCatalog(Taxonomy.plaidV1(), store.categories()), store.households(),
                store.unitOfWork(), store.outbox(), clock, store.corrections());
        Transaction tx = transactions.recordTransaction(new RecordTransactionCommand(me, home.id(), account.id(),
                LocalDate.parse("2026-02-01"), Money.parse("-12.00", "USD"), "joes pizza #12", TransactionStatus.POSTED,
                Optional.empty()));

        transactions.pinCategory(new PinCategoryCommand(me, home.id(), tx.id(),
                Optional.of(CategoryKey.taxonomy("FOOD_AND_DRINK_RESTAURANT")), OptionalLong.empty()));

        assertThat(store.corrections().list(home.id())).containsExactly(
                new LabelledExample(tx.normalizedDescriptor(), "FOOD_AND_DRINK_RESTAURANT", Optional.empty()));
        assertThat(store.corrections().list(other.id())).isEmpty();
    }
}
