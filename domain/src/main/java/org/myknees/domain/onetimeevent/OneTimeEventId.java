package org.myknees.domain.onetimeevent;

import java.util.Objects;
import java.util.UUID;

/** Identifies a one-time event such as a kitchen remodel. Created by the application, never by a store. */
public record OneTimeEventId(UUID value) {

    public OneTimeEventId {
        Objects.requireNonNull(value, "OneTimeEventId value");
    }

    public static OneTimeEventId newId() {
        return new OneTimeEventId(UUID.randomUUID());
    }

    public static OneTimeEventId of(String text) {
        return new OneTimeEventId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
