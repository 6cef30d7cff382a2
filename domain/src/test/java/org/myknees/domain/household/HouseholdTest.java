package org.myknees.domain.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.myknees.domain.Change;
import org.myknees.domain.household.HouseholdEvents.HouseholdCreated;
import org.myknees.domain.household.HouseholdEvents.MemberRoleChanged;

class HouseholdTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private final UserId owner = UserId.newId();

    @Test
    void creating_a_household_makes_the_creator_owner_and_records_the_event_with_the_given_time() {
        Change<Household> created = Household.create(HouseholdId.newId(), "  The Smiths ", owner, AT);

        assertThat(created.value().name()).isEqualTo("The Smiths");
        assertThat(created.value().roleOf(owner)).contains(MemberRole.OWNER);
        assertThat(created.events()).singleElement().isInstanceOfSatisfying(HouseholdCreated.class,
                e -> assertThat(e.occurredAt()).isEqualTo(AT));
    }

    @Test
    void the_last_owner_can_neither_leave_nor_be_demoted() {
        Household household = Household.create(HouseholdId.newId(), "H", owner, AT).value();

        assertThatThrownBy(() -> household.removeMember(owner, AT)).isInstanceOf(LastOwnerException.class);
        assertThatThrownBy(() -> household.changeRole(owner, MemberRole.VIEWER, AT)).isInstanceOf(LastOwnerException.class);
    }

    @Test
    void a_second_owner_lets_the_first_step_down_and_roles_say_what_they_allow() {
        UserId partner = UserId.newId();
        Household household = Household.create(HouseholdId.newId(), "H", owner, AT).value()
                .addMember(partner, MemberRole.OWNER, AT).value();

        Change<Household> demoted = household.changeRole(owner, MemberRole.VIEWER, AT);

        assertThat(demoted.events()).singleElement().isEqualTo(new MemberRoleChanged(household.id(), owner,
                MemberRole.OWNER, MemberRole.VIEWER, AT));
        assertThat(MemberRole.VIEWER.canWrite()).isFalse();
        assertThat(MemberRole.EDITOR.canWrite()).isTrue();
        assertThat(MemberRole.EDITOR.canManageMembers()).isFalse();
        assertThatThrownBy(() -> household.addMember(partner, MemberRole.EDITOR, AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Household.create(HouseholdId.newId(), "  ", owner, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
