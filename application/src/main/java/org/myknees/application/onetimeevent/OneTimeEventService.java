package org.myknees.application.onetimeevent;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.myknees.application.household.HouseholdAccess;
import org.myknees.application.household.port.out.HouseholdRepository;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.PlanEventCommand;
import org.myknees.application.onetimeevent.port.in.OneTimeEventCommands.RescheduleEventCommand;
import org.myknees.application.onetimeevent.port.in.OneTimeEventsUseCase;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.port.out.UnitOfWork;
import org.myknees.domain.Change;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** Implements the one-time event use cases. */
public final class OneTimeEventService implements OneTimeEventsUseCase {

    private final OneTimeEventRepository events;
    private final HouseholdAccess access;
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final Clock clock;

    public OneTimeEventService(OneTimeEventRepository events, HouseholdRepository households, UnitOfWork unitOfWork,
                               EventOutbox outbox, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.access = new HouseholdAccess(households);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OneTimeEvent planEvent(PlanEventCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            return store(OneTimeEvent.plan(OneTimeEventId.newId(), c.household(), c.name(), c.from(), c.to(),
                    clock.instant()));
        });
    }

    @Override
    public OneTimeEvent rescheduleEvent(RescheduleEventCommand c) {
        return unitOfWork.execute(() -> {
            access.requireWriter(c.actor(), c.household());
            OneTimeEvent event = events.find(c.household(), c.event())
                    .orElseThrow(() -> new NotFoundException("one-time event", c.event()));
            return store(event.reschedule(c.name(), c.from(), c.to(), clock.instant()));
        });
    }

    @Override
    public List<OneTimeEvent> listEvents(UserId actor, HouseholdId household) {
        access.requireReader(actor, household);
        return events.list(household);
    }

    private OneTimeEvent store(Change<OneTimeEvent> change) {
        OneTimeEvent saved = events.save(change.value());
        outbox.append(change.events());
        return saved;
    }
}
