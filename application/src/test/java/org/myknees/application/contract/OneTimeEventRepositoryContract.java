package org.myknees.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** What every {@link org.myknees.application.onetimeevent.port.out.OneTimeEventRepository} must do. */
public abstract class OneTimeEventRepositoryContract {

    protected abstract PortsUnderTest ports();

    private OneTimeEvent plan(HouseholdId household, String name, String from, String to) {
        return ports().oneTimeEvents().save(OneTimeEvent.plan(OneTimeEventId.newId(), household, name,
                LocalDate.parse(from), LocalDate.parse(to), ContractFixtures.AT).value());
    }

    @Test
    void events_are_listed_by_start_date_and_kept_per_household() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        OneTimeEvent wedding = plan(household, "Wedding", "2026-09-01", "2026-09-30");
        OneTimeEvent remodel = plan(household, "Kitchen remodel 2026", "2026-03-01", "2026-06-30");

        assertThat(ports().oneTimeEvents().list(household)).containsExactly(remodel, wedding);
        assertThat(ports().oneTimeEvents().find(household, wedding.id())).contains(wedding);
        HouseholdId other = new ContractFixtures(ports()).household().id();
        assertThat(ports().oneTimeEvents().find(other, wedding.id())).isEmpty();
        assertThat(ports().oneTimeEvents().list(other)).isEmpty();
    }

    @Test
    void a_stale_reschedule_is_a_version_conflict() {
        HouseholdId household = new ContractFixtures(ports()).household().id();
        OneTimeEvent trip = plan(household, "Trip", "2026-07-01", "2026-07-14");
        ports().oneTimeEvents().save(trip.reschedule("Trip", LocalDate.parse("2026-07-02"),
                LocalDate.parse("2026-07-15"), ContractFixtures.AT).value());

        assertThatThrownBy(() -> ports().oneTimeEvents().save(trip.reschedule("Trip!", LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-07-10"), ContractFixtures.AT).value())).isInstanceOf(VersionConflictException.class);
        assertThat(ports().oneTimeEvents().find(household, trip.id()).orElseThrow().from())
                .isEqualTo(LocalDate.parse("2026-07-02"));
    }
}
