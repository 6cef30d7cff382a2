package org.myknees.adapter.persistence.postgres;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myknees.application.onetimeevent.port.out.OneTimeEventRepository;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** One-time events in {@code one_time_events}. */
final class PostgresOneTimeEventRepository implements OneTimeEventRepository {

    private final HibernateUnitOfWork units;

    PostgresOneTimeEventRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<OneTimeEvent> find(HouseholdId household, OneTimeEventId id) {
        return units.withSession(session -> Optional.ofNullable(
                        session.find(OneTimeEventEntity.class, new ScopedId(household.value(), id.value())))
                .map(OneTimeEventEntity::toDomain));
    }

    @Override
    public List<OneTimeEvent> list(HouseholdId household) {
        return units.withSession(session -> session.createSelectionQuery(
                        "from OneTimeEvent where householdId = :household order by startsOn, name, id",
                        OneTimeEventEntity.class)
                .setParameter("household", household.value())
                .getResultStream()
                .map(OneTimeEventEntity::toDomain)
                .toList());
    }

    @Override
    public OneTimeEvent save(OneTimeEvent event) {
        return units.withSession(session -> event.withVersion(VersionedSave.save(session, OneTimeEventEntity.class,
                new ScopedId(event.householdId().value(), event.id().value()), event, event.version(),
                OneTimeEventEntity::of, "one-time event", event.id()).version()));
    }
}
