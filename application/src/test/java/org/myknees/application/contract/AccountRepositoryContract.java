package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.myknees.application.account.port.out.AccountCodeTakenException;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.account.Account;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.household.Household;

/** What every {@link org.myknees.application.account.port.out.AccountRepository} must do. */
public abstract class AccountRepositoryContract {

    protected abstract PortsUnderTest ports();

    @Test
    void a_saved_account_is_found_by_id_and_by_code_in_any_case() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account account = fixtures.account(household.id(), "Ally_Bank");

        assertThat(account.version()).isEqualTo(1);
        assertThat(ports().accounts().find(household.id(), account.id())).contains(account);
        assertThat(ports().accounts().findByCode(household.id(), new AccountCode("ALLY_bank"))).contains(account);
    }

    @Test
    void another_household_cannot_see_the_account() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household mine = fixtures.household();
        Household theirs = fixtures.household();
        Account account = fixtures.account(mine.id(), "Checking");

        assertThat(ports().accounts().find(theirs.id(), account.id())).isEmpty();
        assertThat(ports().accounts().findByCode(theirs.id(), account.code())).isEmpty();
        assertThat(ports().accounts().list(theirs.id(), true)).isEmpty();
    }

    @Test
    void codes_are_unique_per_household_without_regard_to_case_but_may_repeat_across_households() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        fixtures.account(household.id(), "Capital_One");

        assertThatThrownBy(() -> fixtures.account(household.id(), "capital_one"))
                .isInstanceOf(AccountCodeTakenException.class);
        Household other = fixtures.household();
        assertThat(fixtures.account(other.id(), "Capital_One").code().value()).isEqualTo("Capital_One");
    }

    @Test
    void listing_is_ordered_by_code_and_leaves_archived_accounts_out_unless_asked() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account zulu = fixtures.account(household.id(), "zulu");
        Account alpha = fixtures.account(household.id(), "Alpha");
        Account archived = ports().accounts().save(fixtures.account(household.id(), "Mike")
                .archive(ContractFixtures.AT).value());

        assertThat(ports().accounts().list(household.id(), false)).extracting(Account::id)
                .containsExactly(alpha.id(), zulu.id());
        assertThat(ports().accounts().list(household.id(), true)).extracting(Account::id)
                .containsExactly(alpha.id(), archived.id(), zulu.id());
    }

    @Test
    void a_stale_save_is_a_version_conflict() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Account account = fixtures.account(fixtures.household().id(), "Savings");
        ports().accounts().save(account.rename("Rainy day", ContractFixtures.AT).value());

        assertThatThrownBy(() -> ports().accounts().save(account.rename("Holiday", ContractFixtures.AT).value()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(ports().accounts().find(account.householdId(), account.id()).orElseThrow().name())
                .isEqualTo("Rainy day");
    }
}
