package org.myknees.domain.transaction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.money.Money;

/**
 * What the bank states about a transaction, as opposed to what people add to it: when a bank restates a row (its
 * posted form, or a correction) these fields change and the person's edits stay ({@link Transaction#restate}).
 */
public record BankFields(LocalDate bookingDate, Optional<LocalDate> valueDate, Money amount, String rawDescriptor,
                         String normalizedDescriptor, TransactionStatus status, Optional<String> externalId) {

    public BankFields {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rawDescriptor, "rawDescriptor");
        Objects.requireNonNull(normalizedDescriptor, "normalizedDescriptor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(externalId, "externalId");
    }

    /** The same statement with another amount. */
    public BankFields withAmount(Money newAmount) {
        return new BankFields(bookingDate, valueDate, newAmount, rawDescriptor, normalizedDescriptor, status,
                externalId);
    }
}
