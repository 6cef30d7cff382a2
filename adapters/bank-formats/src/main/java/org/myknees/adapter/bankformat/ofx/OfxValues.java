package org.myknees.adapter.bankformat.ofx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.myknees.domain.money.InvalidAmountException;
import org.myknees.domain.money.Money;

/** Reads OFX dates and amounts; each reader says why a value is wrong rather than guessing. */
final class OfxValues {

    /** Far beyond any real amount; keeps hostile digit strings away from BigDecimal. */
    private static final int LONGEST_AMOUNT = 40;
    private static final int SHOWN_CHARS = 200;

    private OfxValues() {
    }

    /** A value that could be read, or the reason it could not. */
    record Read<T>(Optional<T> value, String problem) {

        static <T> Read<T> of(T value) {
            return new Read<>(Optional.of(value), "");
        }

        static <T> Read<T> failed(String problem) {
            return new Read<>(Optional.empty(), problem);
        }
    }

    /**
     * Reads an OFX date such as {@code 20221019}, {@code 20221019120000} or {@code 20221019120000.000[-5:EST]}
     * as the calendar date written in it: the time and zone are the bank's local booking time, and shifting
     * the date to another zone would move a row to another day. ISO dates ({@code 2022-10-19}) are accepted too.
     */
    static Read<LocalDate> date(String text) {
        String value = text.strip();
        try {
            if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                    && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
                return Read.of(LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10)));
            }
            if (value.length() >= 8 && digits(value, 0, 8)) {
                return Read.of(LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8)));
            }
        } catch (DateTimeException e) {
            return Read.failed("'" + shown(value) + "' is not a valid date (" + e.getMessage() + ")");
        }
        return Read.failed("'" + shown(value) + "' is not an OFX date (YYYYMMDD...)");
    }

    /**
     * Reads an OFX amount: a signed decimal with a point, or with a comma as the OFX specification also
     * allows. Thousands separators are read only where both marks appear, so the last one must be the decimal
     * ({@code -1,041.17}, {@code -1.041,17}) and the other must group digits by three; a lone separator stays the
     * decimal mark. Currency symbols and excess decimals are errors, not guesses.
     */
    static Read<Money> amount(String text, Currency currency) {
        String value = text.strip();
        if (value.length() > LONGEST_AMOUNT) {
            return Read.failed("'" + shown(value) + "' is too long for an amount");
        }
        boolean decimalComma = value.indexOf(',') >= 0 && value.indexOf('.') < 0
                && value.indexOf(',') == value.lastIndexOf(',');
        String decimal = decimalComma ? value.replace(',', '.') : ungrouped(value);
        try {
            return Read.of(Money.parse(decimal, currency));
        } catch (InvalidAmountException | ArithmeticException e) {
            return Read.failed("'" + value + "' is not an amount of " + currency.getCurrencyCode() + " ("
                    + e.getMessage() + ")");
        }
    }

    /** {@code -1,041.17} and {@code -1.041,17} as {@code -1041.17}; any other text unchanged. */
    private static String ungrouped(String value) {
        int comma = value.lastIndexOf(',');
        int point = value.lastIndexOf('.');
        if (comma < 0 || point < 0) {
            return value;
        }
        char group = comma < point ? ',' : '.';
        int decimalAt = Math.max(comma, point);
        String whole = value.substring(0, decimalAt);
        if (!whole.matches("[+-]?\\d{1,3}(\\" + group + "\\d{3})+")) {
            return value;
        }
        return whole.replace(String.valueOf(group), "") + "." + value.substring(decimalAt + 1);
    }

    /** Values from a file go into messages cut short, so a hostile file cannot blow up a log line. */
    static String shown(String value) {
        return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "...";
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String value, int from, int to) {
        return Integer.parseInt(value.substring(from, to));
    }
}
