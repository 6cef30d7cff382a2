package org.myknees.domain.onetimeevent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.myknees.domain.Change;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.Names;
import org.myknees.domain.household.HouseholdId;

/**
 * A one-off project of a household with a date range. Spending tagged to it stays out of monthly budgets and
 * month buckets and is reported apart. Invariant: {@code from} is not after {@code to}.
 */
public record OneTimeEvent(OneTimeEventId id, HouseholdId householdId, String name, LocalDate from, LocalDate to,
                           long version) {

    public OneTimeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        name = Names.require("event name", name);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A one-time event cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Change<OneTimeEvent> plan(OneTimeEventId id, HouseholdId household, String name, LocalDate from,
                                            LocalDate to, Instant at) {
        OneTimeEvent event = new OneTimeEvent(id, household, name, from, to, 0);
        return Change.of(event, new OneTimeEventPlanned(household, id, event.name(), from, to, at));
    }

    public Change<OneTimeEvent> reschedule(String newName, LocalDate newFrom, LocalDate newTo, Instant at) {
        OneTimeEvent changed = new OneTimeEvent(id, householdId, newName, newFrom, newTo, version);
        return Change.of(changed, new OneTimeEventRescheduled(householdId, id, changed.name(), newFrom, newTo, at));
    }

    public OneTimeEvent withVersion(long newVersion) {
        return new OneTimeEvent(id, householdId, name, from, to, newVersion);
    }

    public record OneTimeEventPlanned(HouseholdId householdId, OneTimeEventId eventId, String name, LocalDate from,
                                      LocalDate to, Instant occurredAt) implements DomainEvent {
    }

    public record OneTimeEventRescheduled(HouseholdId householdId, OneTimeEventId eventId, String name,
                                          LocalDate from, LocalDate to, Instant occurredAt) implements DomainEvent {
    }
}
