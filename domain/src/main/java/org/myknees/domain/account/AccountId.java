package org.myknees.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account. Created by the application, never by a store. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "AccountId value");
    }

    public static AccountId newId() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId of(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
