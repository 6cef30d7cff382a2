package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/** What every {@link org.myknees.application.household.port.out.HouseholdRepository} must do. */
public abstract class HouseholdRepositoryContract {

    protected abstract PortsUnderTest ports();

    @Test
    void a_saved_household_is_found_with_its_members_and_the_next_version() {
        UserId owner = UserId.newId();
        Household saved = new ContractFixtures(ports()).household(owner);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(ports().households().find(saved.id())).contains(saved);
        assertThat(saved.roleOf(owner)).contains(MemberRole.OWNER);
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThat(ports().households().find(HouseholdId.newId())).isEmpty();
    }

    @Test
    void members_and_roles_survive_a_round_trip() {
        Household saved = new ContractFixtures(ports()).household();
        UserId viewer = UserId.newId();

        Household changed = ports().households().save(saved.addMember(viewer, MemberRole.VIEWER, ContractFixtures.AT).value());

        assertThat(changed.version()).isEqualTo(2);
        assertThat(ports().households().find(saved.id()).orElseThrow().roleOf(viewer)).contains(MemberRole.VIEWER);
    }

    @Test
    void saving_a_stale_copy_is_a_version_conflict_and_changes_nothing() {
        Household saved = new ContractFixtures(ports()).household();
        ports().households().save(saved.rename("First writer", ContractFixtures.AT).value());

        assertThatThrownBy(() -> ports().households().save(saved.rename("Second writer", ContractFixtures.AT).value()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(ports().households().find(saved.id()).orElseThrow().name()).isEqualTo("First writer");
    }

    @Test
    void households_of_a_member_are_listed_by_name_and_only_theirs() {
        ContractFixtures fixtures = new ContractFixtures(ports());
        UserId user = UserId.newId();
        Household zeta = ports().households().save(Household.create(HouseholdId.newId(), "Zeta", user,
                ContractFixtures.AT).value());
        Household alpha = ports().households().save(Household.create(HouseholdId.newId(), "Alpha", user,
                ContractFixtures.AT).value());
        fixtures.household();

        assertThat(ports().households().findByMember(user)).extracting(Household::id)
                .containsExactly(alpha.id(), zeta.id());
    }
}
