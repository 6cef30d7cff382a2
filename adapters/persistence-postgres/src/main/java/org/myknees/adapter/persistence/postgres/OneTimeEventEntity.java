package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.onetimeevent.OneTimeEvent;
import org.myknees.domain.onetimeevent.OneTimeEventId;

/** A row of {@code one_time_events}. */
@Entity(name = "OneTimeEvent")
@Table(name = "one_time_events")
@IdClass(ScopedId.class)
class OneTimeEventEntity implements StoredAggregate<OneTimeEvent> {

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Id
    @Column(name = "event_id")
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "date_from", nullable = false)
    private LocalDate startsOn;

    @Column(name = "date_to", nullable = false)
    private LocalDate endsOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OneTimeEventEntity() {
    }

    static OneTimeEventEntity of(OneTimeEvent event) {
        OneTimeEventEntity entity = new OneTimeEventEntity();
        entity.householdId = event.householdId().value();
        entity.id = event.id().value();
        entity.copyFrom(event);
        entity.version = event.version() + 1;
        return entity;
    }

    @Override
    public void copyFrom(OneTimeEvent event) {
        name = event.name();
        startsOn = event.from();
        endsOn = event.to();
    }

    @Override
    public OneTimeEvent toDomain() {
        return new OneTimeEvent(new OneTimeEventId(id), new HouseholdId(householdId), name, startsOn, endsOn, version);
    }

    @Override
    public long version() {
        return version;
    }
}
