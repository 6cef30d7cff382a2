package org.myknees.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.myknees.application.port.out.EventOutbox;
import org.myknees.domain.DomainEvent;

/** Keeps the domain events of committed units of work in order; events of a failed unit are discarded. */
public final class InMemoryEventOutbox implements EventOutbox {

    private final MemoryDatabase database;
    private final List<DomainEvent> events = new ArrayList<>();

    InMemoryEventOutbox(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void append(List<? extends DomainEvent> newEvents) {
        List<DomainEvent> copy = List.copyOf(newEvents);
        database.writeUnrevised(() -> events.addAll(copy), () -> events.subList(events.size() - copy.size(), events.size()).clear());
    }

    /** Every event committed so far, oldest first. */
    public List<DomainEvent> events() {
        return database.read(() -> List.copyOf(events));
    }
}
