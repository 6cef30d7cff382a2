package org.myknees.adapter.bankformat.mt940;

import java.util.Currency;
import java.util.Optional;

/** ISO 4217 codes that can carry money (codes such as XXX or XAU have no minor unit and cannot). */
final class SwiftCurrency {

    private SwiftCurrency() {
    }

    static Optional<Currency> of(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
