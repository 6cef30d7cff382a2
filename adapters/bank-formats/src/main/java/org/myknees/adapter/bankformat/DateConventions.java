package org.myknees.adapter.bankformat;

import java.util.Currency;
import java.util.Set;

/**
 * How the countries of an account currency write dates, the hint the CSV and QIF readers fall back on when no
 * date in a file shows whether the day or the month comes first.
 */
public final class DateConventions {

    /** The account currencies whose countries write the day first. */
    private static final Set<String> DAY_FIRST_CURRENCIES = Set.of("EUR", "GBP", "CHF", "AUD", "NZD", "INR", "SEK",
            "NOK", "DKK", "PLN", "CZK", "HUF", "BRL", "MXN", "ZAR", "ILS", "TRY", "RUB", "UAH", "RON", "BGN", "ISK",
            "SGD", "HKD", "MYR", "IDR", "THB", "VND", "ARS", "CLP", "COP", "PEN", "UYU");

    private DateConventions() {
    }

    /** Whether dates of accounts in this currency are written day first (dd/MM/yyyy rather than MM/dd/yyyy). */
    public static boolean writesDayFirst(Currency currency) {
        return DAY_FIRST_CURRENCIES.contains(currency.getCurrencyCode());
    }
}
