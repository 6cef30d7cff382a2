package org.myknees.domain.transaction;

import java.util.Objects;
import java.util.UUID;

/** Identifies a transaction. Created by the application, never by a store. */
public record TransactionId(UUID value) {

    public TransactionId {
        Objects.requireNonNull(value, "TransactionId value");
    }

    public static TransactionId newId() {
        return new TransactionId(UUID.randomUUID());
    }

    public static TransactionId of(String text) {
        return new TransactionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
