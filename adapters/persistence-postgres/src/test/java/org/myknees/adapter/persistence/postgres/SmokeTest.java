package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.persistence.postgres.server.PostgresDatabase;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.account.AccountType;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.money.Money;

class SmokeTest {

    @Test
    void savesAndFinds() {
        try (PostgresDatabase db = TestPostgres.freshSchema(); PostgresPersistence store = PostgresPersistence.start(db.dataSource())) {
            Household h = Household.create(HouseholdId.newId(), "Home", UserId.newId(), Instant.now()).value();
            Household saved = store.households().save(h);
            assertThat(saved.version()).isEqualTo(1);
            assertThat(store.households().find(h.id())).contains(saved);
            Household again = store.households().save(saved);
            assertThat(again.version()).isEqualTo(2);
            Account a = Account.open(AccountId.newId(), h.id(), new AccountCode("Ally_Bank"), "Ally", AccountType.CHECKING,
                    Money.parse("10.00", "USD"), LocalDate.of(2024, 1, 1), Optional.empty(), Instant.now()).value();
            Account sa = store.accounts().save(a);
            assertThat(store.accounts().find(h.id(), a.id())).contains(sa);
        }
    }
}
