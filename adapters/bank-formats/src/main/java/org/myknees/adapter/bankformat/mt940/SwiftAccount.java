package org.myknees.adapter.bankformat.mt940;

import java.util.Optional;
import java.util.regex.Pattern;
import org.myknees.application.importing.port.out.StatementAccount;

/**
 * The {@code :25:} account identification: an IBAN ({@code NL68INGB0000012345}, sometimes written in groups of
 * four), or a bank code and an account ({@code 12345678/1234567890}, {@code BPHKPLPK/320000546101}), often
 * followed by the account's currency ({@code …EUR}, {@code …/HUF}, {@code … EUR}).
 */
record SwiftAccount(StatementAccount account, Optional<String> currency) {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");
    private static final Pattern SPACED_IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9 ]{10,45}");

    static SwiftAccount parse(String value) {
        String text = value.strip();
        Optional<String> currency = Optional.empty();
        if (text.length() > 3) {
            String suffix = text.substring(text.length() - 3);
            char before = text.charAt(text.length() - 4);
            if (suffix.chars().allMatch(c -> c >= 'A' && c <= 'Z') && SwiftCurrency.of(suffix).isPresent()
                    && (Character.isDigit(before) || before == ' ' || before == '/')) {
                currency = Optional.of(suffix);
                text = text.substring(0, text.length() - 3).strip();
                if (text.endsWith("/")) {
                    text = text.substring(0, text.length() - 1);
                }
            }
        }
        if (SPACED_IBAN.matcher(text).matches() && IBAN.matcher(text.replace(" ", "")).matches()) {
            text = text.replace(" ", "");
        }
        Optional<String> bank = Optional.empty();
        int slash = text.indexOf('/');
        if (slash > 0 && !IBAN.matcher(text).matches()) {
            bank = present(text.substring(0, slash));
            text = text.substring(slash + 1);
        }
        return new SwiftAccount(new StatementAccount(present(text), bank, Optional.empty(), Optional.empty()),
                currency);
    }

    private static Optional<String> present(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
