package org.myknees.application.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

class DataRevisionServiceTest {

    private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    private final UserId owner = UserId.newId();
    private final MapHouseholds households = new MapHouseholds();
    private final Household home = households.save(Household.create(HouseholdId.newId(), "Home", owner, START).value());
    private final SettableClock clock = new SettableClock(START);
    private final DataRevisionService service = new DataRevisionService(households, clock, Duration.ofSeconds(1));

    @Test
    void a_revision_read_from_the_store_is_used_for_the_memory_and_then_read_again() {
        households.revision = 4;
        assertThat(service.currentRevision(owner, home.id())).isEqualTo(4);

        households.revision = 5;
        clock.set(START.plusMillis(999));
        assertThat(service.currentRevision(owner, home.id())).as("within the memory").isEqualTo(4);
        clock.set(START.plusSeconds(1));
        assertThat(service.currentRevision(owner, home.id())).as("after it").isEqualTo(5);
    }

    @Test
    void after_a_forget_the_next_answer_comes_from_the_store() {
        households.revision = 4;
        service.currentRevision(owner, home.id());

        households.revision = 5;
        service.forgetRevision(home.id());

        assertThat(service.currentRevision(owner, home.id())).isEqualTo(5);
    }

    @Test
    void a_revision_read_while_a_forget_happens_is_not_remembered() {
        households.revision = 4;
        households.duringRead = () -> service.forgetRevision(home.id());
        assertThat(service.currentRevision(owner, home.id())).isEqualTo(4);

        households.duringRead = () -> { };
        households.revision = 5;
        assertThat(service.currentRevision(owner, home.id())).isEqualTo(5);
    }

    @Test
    void only_a_member_gets_an_answer() {
        assertThatThrownBy(() -> service.currentRevision(UserId.newId(), home.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.currentRevision(owner, HouseholdId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void with_no_memory_every_answer_comes_from_the_store() {
        DataRevisionService unremembering = new DataRevisionService(households, clock, Duration.ZERO);
        households.revision = 1;
        unremembering.currentRevision(owner, home.id());
        households.revision = 2;

        assertThat(unremembering.currentRevision(owner, home.id())).isEqualTo(2);
        assertThatThrownBy(() -> new DataRevisionService(households, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
