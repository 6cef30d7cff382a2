package org.myknees.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.domain.money.Money;

/**
 * An amount of money on the wire: a decimal string (never a JSON number, so no client rounds it) and an ISO
 * 4217 currency code. Negative amounts are money out.
 */
@Schema(name = "Money", description = "An amount as a decimal string with its ISO 4217 currency; negative is money out")
public record MoneyJson(
        @Schema(required = true, example = "-12.34", pattern = "^-?[0-9]+(\\.[0-9]+)?$") String amount,
        @Schema(required = true, example = "USD", pattern = "^[A-Z]{3}$") String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.toDecimalString(), money.currency().getCurrencyCode());
    }

    /** The money this names; {@code field} is the path reported when it is missing or malformed. */
    public static Money require(MoneyJson json, String field) {
        if (json == null) {
            throw InvalidRequestException.missing(field);
        }
        if (json.currency() == null) {
            throw InvalidRequestException.missing(field + ".currency");
        }
        if (json.amount() == null) {
            throw InvalidRequestException.missing(field + ".amount");
        }
        try {
            Money.currency(json.currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field + ".currency", "is not an ISO 4217 currency code");
        }
        try {
            return Money.parse(json.amount(), json.currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field + ".amount", e.getMessage());
        }
    }
}
