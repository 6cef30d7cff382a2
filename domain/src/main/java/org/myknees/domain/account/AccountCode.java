package org.myknees.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The human code of an account, such as {@code Ally_Bank} or {@code Capital_One}: letters, digits, {@code _},
 * {@code -} and {@code .}, up to 64 characters. Unique per household, compared without regard to case.
 */
public record AccountCode(String value) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

    public AccountCode {
        Objects.requireNonNull(value, "value");
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an account code: use 1 to 64 letters, "
                    + "digits, '_', '-' or '.', starting with a letter or digit (such as Ally_Bank)");
        }
    }

    /** The form uniqueness is judged on. */
    public String uniqueKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
