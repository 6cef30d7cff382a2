package org.myknees.adapter.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** One-time events held in memory. */
public final class InMemoryOneTimeEventRepository implements OneTimeEventRepository {

    private final MemoryDatabase database;
    private final Map<OneTimeEventId, OneTimeEvent> events = new HashMap<>();

    InMemoryOneTimeEventRepository(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<OneTimeEvent> find(HouseholdId household, OneTimeEventId id) {
        return database.read(() -> Optional.ofNullable(events.get(id)).filter(e -> e.householdId().equals(household)));
    }

    @Override
    public List<OneTimeEvent> list(HouseholdId household) {
        return database.read(() -> events.values().stream().filter(e -> e.householdId().equals(household))
                .sorted(Comparator.comparing(OneTimeEvent::from).thenComparing(OneTimeEvent::name)
                        .thenComparing(e -> e.id().value().toString()))
                .toList());
    }

    @Override
    public OneTimeEvent save(OneTimeEvent event) {
        return database.inUnit(() -> {
            OneTimeEvent previous = events.get(event.id());
            if (previous != null && !previous.householdId().equals(event.householdId())) {
                throw new IllegalArgumentException("Event " + event.id() + " belongs to another household");
            }
            OneTimeEvent stored = Versioned.next("one-time event", events, event.id(), event, OneTimeEvent::version,
                    event::withVersion);
            return database.put(stored.householdId(), events, stored.id(), stored);
        });
    }
}
