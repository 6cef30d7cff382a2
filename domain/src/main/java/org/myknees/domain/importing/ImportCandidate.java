package org.myknees.domain.importing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.money.Money;

/**
 * A bank row on its way in, in the terms duplicate detection needs.
 *
 * @param line the file line, for explanations
 */
public record ImportCandidate(int line, AccountId account, LocalDate bookingDate, Money amount,
                              String normalizedDescriptor, Optional<String> externalId, boolean pending) {

    public ImportCandidate {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(normalizedDescriptor, "normalizedDescriptor");
        Objects.requireNonNull(externalId, "externalId");
    }
}
