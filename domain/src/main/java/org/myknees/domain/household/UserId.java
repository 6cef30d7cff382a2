package org.myknees.domain.household;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person who can act on households. Created by the application, never by a store. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "UserId value");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId of(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
