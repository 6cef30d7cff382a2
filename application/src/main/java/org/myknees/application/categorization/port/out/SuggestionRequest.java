package org.myknees.application.categorization.port.out;

import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.money.Money;

/**
 * What the suggester sees of one transaction.
 *
 * @param descriptor the normalized descriptor (the matching form of the bank text)
 * @param merchant   the clean merchant name, when known
 * @param amount     the signed amount (money in vs out helps tell income from refunds and spending)
 */
public record SuggestionRequest(String descriptor, Optional<String> merchant, Money amount) {

    public SuggestionRequest {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(amount, "amount");
    }
}
