package org.myknees.domain;

import java.util.List;
import java.util.Objects;

/**
 * The result of a command on an aggregate: its new state and the events that record the change. Aggregates
 * are immutable, so the caller stores {@link #value()} and publishes {@link #events()} in one unit of work.
 */
public record Change<T>(T value, List<DomainEvent> events) {

    public Change {
        Objects.requireNonNull(value, "value");
        events = List.copyOf(events);
    }

    public static <T> Change<T> of(T value, DomainEvent event) {
        return new Change<>(value, List.of(event));
    }
}
