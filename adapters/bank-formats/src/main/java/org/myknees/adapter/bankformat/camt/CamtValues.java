package org.myknees.adapter.bankformat.camt;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.myknees.domain.money.InvalidAmountException;
import org.myknees.domain.money.Money;

/**
 * Amounts, signs and dates as CAMT writes them. Amounts are unsigned decimals with a {@code Ccy} attribute and
 * a separate {@code CdtDbtInd} (CRDT money in, DBIT money out). Zeros past the currency's decimal places are
 * accepted ({@code 18.150} EUR); any other extra digit is an error, because money is never rounded. Dates come
 * as {@code Dt} or {@code DtTm}; a date-time counts on the calendar day written in the file.
 */
final class CamtValues {

    private static final String NO_CURRENCY = "XXX";
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,30})?");

    private CamtValues() {
    }

    /**
     * The unsigned amount of an {@code Amt}-like element. A currency of {@code XXX} (ISO's "no currency", which
     * PostFinance writes) stands for the statement's currency, when there is one.
     */
    static Money amount(XmlElement amount, Optional<Currency> statementCurrency) throws CamtFieldException {
        String name = amount.name();
        String text = amount.text().orElseThrow(() -> new CamtFieldException(name, "the amount is empty"));
        if (!DECIMAL.matcher(text).matches()) {
            throw new CamtFieldException(name, "'" + text + "' is not an unsigned decimal amount");
        }
        String code = amount.attribute("Ccy").orElseThrow(() -> new CamtFieldException(name + "/@Ccy",
                "the amount " + text + " names no currency"));
        Optional<Currency> named = code.equals(NO_CURRENCY) ? statementCurrency : currency(code);
        Currency currency = named.orElseThrow(() -> new CamtFieldException(name + "/@Ccy", code.equals(NO_CURRENCY)
                ? "the amount is in XXX (no currency) and neither the statement nor the import names the currency"
                : "'" + code + "' is not an ISO 4217 currency that carries money"));
        try {
            return Money.of(new BigDecimal(text), currency);
        } catch (InvalidAmountException e) {
            throw new CamtFieldException(name, "'" + text + " " + currency.getCurrencyCode() + "' has more decimal "
                    + "places than " + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits()
                    + "); MyKnees never rounds money");
        } catch (ArithmeticException e) {
            throw new CamtFieldException(name, "'" + text + "' is too large an amount");
        }
    }

    /** Applies {@code CdtDbtInd}: DBIT makes the amount negative. */
    static Money signed(Money unsigned, String indicator) throws CamtFieldException {
        return switch (indicator) {
            case "CRDT" -> unsigned;
            case "DBIT" -> unsigned.negate();
            default -> throw new CamtFieldException("CdtDbtInd", "'" + indicator + "' is neither CRDT nor DBIT");
        };
    }

    /** The date inside a date holder such as {@code BookgDt}: its {@code Dt}, else its {@code DtTm}. */
    static Optional<LocalDate> date(Optional<XmlElement> holder) throws CamtFieldException {
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = holder.get().text("Dt").or(() -> holder.get().text("DtTm"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeException e) {
            throw new CamtFieldException(holder.get().name(), "'" + value + "' is not a date");
        }
    }

    /** The calendar day of a date-time such as {@code CreDtTm}; empty when absent or unreadable. */
    static Optional<LocalDate> day(Optional<String> dateTime) {
        try {
            return dateTime.filter(t -> t.length() >= 10).map(t -> LocalDate.parse(t.substring(0, 10)));
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    static Optional<Currency> currency(String code) {
        try {
            Currency currency = Currency.getInstance(code.strip());
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
