package org.myknees.domain.purchase;

import java.util.Objects;
import java.util.UUID;

/** Identifies a purchase. Created by the application, never by a store. */
public record PurchaseId(UUID value) {

    public PurchaseId {
        Objects.requireNonNull(value, "PurchaseId value");
    }

    public static PurchaseId newId() {
        return new PurchaseId(UUID.randomUUID());
    }

    public static PurchaseId of(String text) {
        return new PurchaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
