package org.myknees.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address a user signs in with, stored lower-case so that two spellings of one address are one account.
 * Only the shape is checked (one {@code @}, a dot in the domain, no spaces, at most 254 characters).
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        Objects.requireNonNull(value, "e-mail address");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an e-mail address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
