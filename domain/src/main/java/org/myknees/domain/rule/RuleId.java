package org.myknees.domain.rule;

import java.util.Objects;
import java.util.UUID;

/** Identifies a categorization rule. Created by the application, never by a store. */
public record RuleId(UUID value) {

    public RuleId {
        Objects.requireNonNull(value, "RuleId value");
    }

    public static RuleId newId() {
        return new RuleId(UUID.randomUUID());
    }

    public static RuleId of(String text) {
        return new RuleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
