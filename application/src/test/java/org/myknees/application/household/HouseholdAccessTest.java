package org.myknees.application.household;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;

/** The remembered read check of read-only queries: how long a removed member keeps reading, and no longer. */
class HouseholdAccessTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final Households households = new Households();
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

    private static final class Households implements HouseholdRepository {
        private final Map<HouseholdId, Household> byId = new ConcurrentHashMap<>();

        @Override
        public Optional<Household> find(HouseholdId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Household> findByMember(UserId user) {
            return byId.values().stream().filter(h -> h.isMember(user)).toList();
        }

        @Override
        public Household save(Household household) {
            byId.put(household.id(), household);
            return household;
        }

        @Override
        public long dataRevision(HouseholdId id) {
            return 0;
        }
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
