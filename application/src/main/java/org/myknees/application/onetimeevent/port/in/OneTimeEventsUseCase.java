package org.myknees.application.onetimeevent.port.in;

import java.util.List;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.PlanEventCommand;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.RescheduleEventCommand;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.onetimeevent.OneTimeEvent;

/** Plans, reschedules and lists one-time events. */
public interface OneTimeEventsUseCase {
    OneTimeEvent planEvent(PlanEventCommand command);

    OneTimeEvent rescheduleEvent(RescheduleEventCommand command);

    /** Ordered by start date. */
    List<OneTimeEvent> listEvents(UserId actor, HouseholdId household);
}
