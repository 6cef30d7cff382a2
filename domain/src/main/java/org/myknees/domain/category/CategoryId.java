package org.myknees.domain.category;

import java.util.Objects;
import java.util.UUID;

/** Identifies a household's own category. Created by the application, never by a store. */
public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "CategoryId value");
    }

    public static CategoryId newId() {
        return new CategoryId(UUID.randomUUID());
    }

    public static CategoryId of(String text) {
        return new CategoryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
