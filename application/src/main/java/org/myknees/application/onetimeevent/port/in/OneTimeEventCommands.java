package org.myknees.application.onetimeevent.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** The commands of the one-time event use cases; each validates itself on construction. */
public final class OneTimeEventCommands {

    private OneTimeEventCommands() {
    }

    public record PlanEventCommand(UserId actor, HouseholdId household, String name, LocalDate from, LocalDate to) {
        public PlanEventCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public record RescheduleEventCommand(UserId actor, HouseholdId household, OneTimeEventId event, String name,
                                         LocalDate from, LocalDate to) {
        public RescheduleEventCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
