package org.myknees.adapter.persistence.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.domain.DomainEvent;
import org.myknees.domain.household.UserId;

/**
 * Appends events to the {@code outbox} table in the current unit of work, in the order given; the table's
 * identity column {@code sequence} keeps that order. Change data capture reads the table later.
 */
final class PostgresEventOutbox implements EventOutbox {

    private final HibernateUnitOfWork units;

    PostgresEventOutbox(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public void append(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        units.withSession(session -> {
            session.doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox"
                        + " (event_id, household_id, aggregate_id, event_type, payload, occurred_at)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?)")) {
                    for (DomainEvent event : events) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, event.householdId().value());
                        insert.setObject(3, aggregateId(event));
                        insert.setString(4, event.getClass().getSimpleName());
                        insert.setString(5, EventJson.write(event));
                        insert.setObject(6, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            return null;
        });
    }

    /**
     * The aggregate an event is about: its first component after the household that is an id (a record holding
     * one UUID), such as {@code transactionId}. Users are actors and members, never the aggregate, so events of
     * the household itself fall back to the household.
     */
    static UUID aggregateId(DomainEvent event) {
        if (event instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals("householdId") || component.getType() == UserId.class) {
                    continue;
                }
                RecordComponent[] inner = component.getType().getRecordComponents();
                if (inner != null && inner.length == 1 && inner[0].getType() == UUID.class) {
                    try {
                        Object id = component.getAccessor().invoke(record);
                        return (UUID) inner[0].getAccessor().invoke(id);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("Cannot read the id of " + event, e);
                    }
                }
            }
        }
        return event.householdId().value();
    }
}
