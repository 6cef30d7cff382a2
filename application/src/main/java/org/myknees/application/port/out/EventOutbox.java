package org.myknees.application.port.out;

import java.util.List;
import org.myknees.domain.DomainEvent;

/**
 * Records domain events in the same unit of work as the state change they describe, so that a change is
 * never committed without its events nor its events without the change. Events are kept in append order.
 */
public interface EventOutbox {

    void append(List<? extends DomainEvent> events);
}
