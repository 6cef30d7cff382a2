package org.myknees.adapter.bankformat.mt940;

import java.math.BigDecimal;

/** SWIFT amounts: digits with a decimal comma ({@code 1500,00}, {@code 119,}); a few banks write a point. */
final class SwiftAmount {

    /** Longest digit run accepted, far above any real balance; keeps BigDecimal work bounded for junk input. */
    private static final int MAX_DIGITS = 40;

    private SwiftAmount() {
    }

    /** The length of the amount that starts at {@code offset}: digits with at most one separator. */
    static int length(String text, int offset) {
        int end = offset;
        boolean separator = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c >= '0' && c <= '9') {
                end++;
            } else if ((c == ',' || c == '.') && !separator) {
                separator = true;
                end++;
            } else {
                break;
            }
        }
        return end - offset;
    }

    static BigDecimal parse(String amount, String field) throws MalformedFieldException {
        String digits = amount.replace(',', '.');
        boolean hasDigit = digits.chars().anyMatch(Character::isDigit);
        if (!hasDigit || digits.length() > MAX_DIGITS) {
            throw new MalformedFieldException(field, "'" + amount + "' is not an amount");
        }
        if (digits.endsWith(".")) {
            digits = digits + "0";
        }
        if (digits.startsWith(".")) {
            digits = "0" + digits;
        }
        return new BigDecimal(digits);
    }
}
