package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myknees.domain.account.Account;
import org.myknees.domain.household.Household;
import org.myknees.domain.transaction.Transaction;

/** What every {@link org.myknees.application.port.out.UnitOfWork} must do across the repositories of its store. */
public abstract class UnitOfWorkContract {

    protected abstract PortsUnderTest ports();

    @Test
    void a_failed_unit_of_work_leaves_no_trace_in_any_repository() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account account = fixtures.account(household.id(), "Checking");
        Transaction existing = fixtures.saved(account, "2026-01-01", -100, "BEFORE");

        assertThatThrownBy(() -> ports().unitOfWork().run(() -> {
            ports().households().save(household.rename("Renamed", ContractFixtures.AT).value());
            ports().accounts().save(account.rename("Renamed", ContractFixtures.AT).value());
            ports().transactions().save(existing.annotate("changed", java.util.Set.of("x"), ContractFixtures.AT).value());
            ports().transactions().addAll(household.id(), List.of(
                    ContractFixtures.transaction(account, "2026-01-02", -1, "NEW 1"),
                    ContractFixtures.transaction(account, "2026-01-03", -2, "NEW 2")));
            ports().outbox().append(List.of());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ports().households().find(household.id())).contains(household);
        assertThat(ports().accounts().find(household.id(), account.id())).contains(account);
        assertThat(ports().transactions().find(household.id(), existing.id())).contains(existing);
        assertThat(ports().transactions().count(household.id())).isEqualTo(1);
    }

    @Test
    void a_successful_unit_of_work_commits_everything_and_nested_units_join_it() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account account = fixtures.account(household.id(), "Checking");

        Integer result = ports().unitOfWork().execute(() -> {
            ports().transactions().save(ContractFixtures.transaction(account, "2026-01-02", -1, "OUTER"));
            ports().unitOfWork().run(() ->
                    ports().transactions().save(ContractFixtures.transaction(account, "2026-01-03", -1, "INNER")));
            return 42;
        });

        assertThat(result).isEqualTo(42);
        assertThat(ports().transactions().count(household.id())).isEqualTo(2);
    }

    @Test
    void a_nested_failure_rolls_back_the_whole_outer_unit() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        Household household = fixtures.household();
        Account account = fixtures.account(household.id(), "Checking");

        assertThatThrownBy(() -> ports().unitOfWork().run(() -> {
            ports().transactions().save(ContractFixtures.transaction(account, "2026-01-02", -1, "OUTER"));
            ports().unitOfWork().run(() -> {
                throw new IllegalArgumentException("inner failure");
            });
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(ports().transactions().count(household.id())).isZero();
    }
}
