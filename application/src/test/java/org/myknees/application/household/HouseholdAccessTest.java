package org.myknees.application.household;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/** The remembered read check of read-only queries: how long a removed member keeps reading, and no longer. */
class HouseholdAccessTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final MapHouseholds households = new MapHouseholds();
    private final SettableClock clock = new SettableClock(START);
    private final HouseholdAccess access = new HouseholdAccess(households, clock, Duration.ofSeconds(1));
    private final UserId owner = UserId.newId();
    private final UserId member = UserId.newId();
    private final Household household = households.save(Household.create(HouseholdId.newId(), "Home", owner, START)
            .value().addMember(member, MemberRole.VIEWER, START).value());

    @Test
    void aRemovedMemberReadsNoLongerThanTheMemory() {
        access.requireReadAccess(member, household.id());
        households.save(households.find(household.id()).orElseThrow().removeMember(member, START).value());

        clock.set(START.plusMillis(999));
        assertThatCode(() -> access.requireReadAccess(member, household.id())).doesNotThrowAnyException();
        clock.set(START.plusSeconds(1));
        assertThatThrownBy(() -> access.requireReadAccess(member, household.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRefusalIsNeverRemembered() {
        UserId newcomer = UserId.newId();
        assertThatThrownBy(() -> access.requireReadAccess(newcomer, household.id()))
                .isInstanceOf(NotFoundException.class);
        households.save(households.find(household.id()).orElseThrow().addMember(newcomer, MemberRole.VIEWER, START)
                .value());

        assertThatCode(() -> access.requireReadAccess(newcomer, household.id())).doesNotThrowAnyException();
    }

    @Test
    void withoutMemoryEveryCheckReadsTheStoredHousehold() {
        HouseholdAccess strict = new HouseholdAccess(households);
        strict.requireReadAccess(member, household.id());
        households.save(households.find(household.id()).orElseThrow().removeMember(member, START).value());

        assertThatThrownBy(() -> strict.requireReadAccess(member, household.id()))
                .isInstanceOf(NotFoundException.class);
    }
}
