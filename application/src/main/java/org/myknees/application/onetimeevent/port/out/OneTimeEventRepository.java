package org.myknees.application.onetimeevent.port.out;

import java.util.List;
import java.util.Optional;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** Stores one-time events. Every read and write is scoped to one household. */
public interface OneTimeEventRepository {

    Optional<OneTimeEvent> find(HouseholdId household, OneTimeEventId id);

    /** The household's events ordered by start date, then name, then id. */
    List<OneTimeEvent> list(HouseholdId household);

    /**
     * Inserts a new event (version 0) or replaces the stored one if its version still matches.
     *
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    OneTimeEvent save(OneTimeEvent event);
}
