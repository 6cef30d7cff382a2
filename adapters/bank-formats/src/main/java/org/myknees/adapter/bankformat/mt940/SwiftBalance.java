package org.myknees.adapter.bankformat.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A balance field ({@code :60F:}, {@code :62F:}, …): {@code C} or {@code D}, {@code YYMMDD}, currency, amount.
 * Some banks leave out the currency, which then comes from the statement.
 *
 * @param amount signed: a {@code D} balance is negative
 */
record SwiftBalance(String tag, int line, LocalDate date, Optional<String> currency, BigDecimal amount) {

    static SwiftBalance parse(SwiftField field) throws MalformedFieldException {
        String name = ":" + field.tag() + ":";
        String text = field.firstLine().strip();
        if (text.isEmpty() || text.charAt(0) != 'C' && text.charAt(0) != 'D') {
            throw new MalformedFieldException(name + " mark", "'" + text + "' does not start with C or D");
        }
        boolean debit = text.charAt(0) == 'D';
        LocalDate date = SwiftDates.yymmdd(text, 1, name + " date");
        int position = 7;
        Optional<String> currency = Optional.empty();
        if (text.length() >= position + 3 && isLetters(text.substring(position, position + 3))) {
            currency = Optional.of(text.substring(position, position + 3));
            position += 3;
        }
        int length = SwiftAmount.length(text, position);
        if (length == 0 || position + length != text.length()) {
            throw new MalformedFieldException(name + " amount", "'" + text.substring(position)
                    + "' is not an amount");
        }
        BigDecimal amount = SwiftAmount.parse(text.substring(position), name + " amount");
        return new SwiftBalance(field.tag(), field.line(), date, currency, debit ? amount.negate() : amount);
    }

    private static boolean isLetters(String text) {
        return text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
