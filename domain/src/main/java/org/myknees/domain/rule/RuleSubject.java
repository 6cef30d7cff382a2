package org.myknees.domain.rule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.money.Money;

/**
 * The facts of one transaction that rules may look at. The application builds it from a transaction, so the
 * rules never depend on the transaction's own type.
 *
 * @param rawDescriptor        the descriptor as the bank sent it
 * @param normalizedDescriptor the descriptor after normalization (may equal the raw one)
 * @param merchant             the merchant, when known
 * @param amount               signed amount; negative is money out
 * @param account              the account it was booked on
 * @param bookingDate          the day it was booked
 */
public record RuleSubject(
        String rawDescriptor,
        String normalizedDescriptor,
        Optional<String> merchant,
        Money amount,
        AccountId account,
        LocalDate bookingDate) {

    public RuleSubject {
        Objects.requireNonNull(rawDescriptor, "rawDescriptor");
        Objects.requireNonNull(normalizedDescriptor, "normalizedDescriptor");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bookingDate, "bookingDate");
    }

    /** The text of one field; null only for an unknown merchant. For the matchers, which avoid allocating. */
    String textOrNull(TextField field) {
        switch (field) {
            case RAW_DESCRIPTOR:
                return rawDescriptor;
            case NORMALIZED_DESCRIPTOR:
                return normalizedDescriptor;
            default:
                return merchant.orElse(null);
        }
    }
}
