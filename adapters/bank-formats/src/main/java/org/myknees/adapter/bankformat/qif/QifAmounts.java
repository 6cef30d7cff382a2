package org.myknees.adapter.bankformat.qif;

import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.myknees.domain.money.InvalidAmountException;
import org.myknees.domain.money.Money;

/**
 * QIF amounts: signed decimals, often with thousands separators ({@code -1,234.56}); files from
 * continental European software write {@code -1.234,56}. Spaces inside a number are grouping too, and the
 * account currency's symbol ({@code -$41.17} in a dollar account) is ignored.
 */
final class QifAmounts {

    /** Far beyond any real amount; keeps hostile digit strings away from BigDecimal. */
    private static final int LONGEST_AMOUNT = 40;
    private static final int SHOWN_CHARS = 80;
    private static final Pattern CURRENCY_SYMBOL = Pattern.compile("\\p{Sc}");
    private static final Map<String, Set<String>> SYMBOL_CURRENCIES = Map.of(
            "$", Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD"), "£", Set.of("GBP"), "€", Set.of("EUR"),
            "¥", Set.of("JPY", "CNY"));

    private QifAmounts() {
    }

    static QifReading<Money> parse(String text, Currency currency) {
        String value = text.strip();
        if (value.length() > LONGEST_AMOUNT) {
            return QifReading.failed("'" + shown(value) + "' is too long for an amount");
        }
        String bare = CURRENCY_SYMBOL.matcher(value).replaceAll("");
        if (!bare.equals(value) && !symbolsFit(value, currency)) {
            return QifReading.failed("'" + value + "' is written in another currency than the account's "
                    + currency.getCurrencyCode());
        }
        String plain = plainDecimal(bare.replace(" ", "").replace("\u00a0", ""));
        if (plain == null) {
            return QifReading.failed("'" + value + "' has misplaced thousands separators");
        }
        try {
            return QifReading.of(Money.parse(plain, currency));
        } catch (InvalidAmountException | ArithmeticException e) {
            return QifReading.failed("'" + value + "' is not an amount of " + currency.getCurrencyCode() + " ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * Whether every currency symbol in the amount is the account currency's: some exporters write it into the
     * amount ({@code T-$41.17}), while {@code $20} in a euro account is not what it seems.
     */
    private static boolean symbolsFit(String value, Currency currency) {
        String code = currency.getCurrencyCode();
        return CURRENCY_SYMBOL.matcher(value).results().map(m -> m.group())
                .allMatch(symbol -> SYMBOL_CURRENCIES.getOrDefault(symbol, Set.of()).contains(code));
    }

    /**
     * Removes grouping and makes the point the decimal mark. The last of {@code ,} and {@code .} is the decimal
     * mark when both occur; a lone mark followed by exactly three digits, or a repeated one, is grouping.
     * Returns null when groups are not of three digits, which means the number is not what it seems.
     */
    private static String plainDecimal(String value) {
        int comma = value.lastIndexOf(',');
        int point = value.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            char grouping = comma < point ? ',' : '.';
            int decimal = Math.max(comma, point);
            String integer = value.substring(0, decimal);
            return validGroups(integer, grouping) ? integer.replace(String.valueOf(grouping), "") + "."
                    + value.substring(decimal + 1) : null;
        }
        int mark = Math.max(comma, point);
        if (mark < 0) {
            return value;
        }
        char separator = value.charAt(mark);
        boolean repeated = value.indexOf(separator) != mark;
        boolean threeDigitsAfter = value.length() - mark - 1 == 3;
        if (separator == ',' && (repeated || threeDigitsAfter) || separator == '.' && repeated) {
            return validGroups(value, separator) ? value.replace(String.valueOf(separator), "") : null;
        }
        return value.replace(',', '.');
    }

    /** The first group has one to three digits (after a sign), every later group exactly three. */
    private static boolean validGroups(String integer, char grouping) {
        String[] groups = integer.split(Pattern.quote(String.valueOf(grouping)), -1);
        String first = groups[0].startsWith("-") || groups[0].startsWith("+") ? groups[0].substring(1) : groups[0];
        if (groups.length > 1 && (first.isEmpty() || first.length() > 3)) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** Values from a file go into messages cut short, so a hostile file cannot blow up a log line. */
    static String shown(String value) {
        return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "...";
    }
}
