package org.myknees.domain;

import java.util.Objects;

/** The rule every human-given name in the domain follows: stripped, not blank, not too long. */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {
    }

    /** Returns the stripped name, or throws naming {@code what} when it is blank or longer than 200 characters. */
    public static String require(String what, String name) {
        Objects.requireNonNull(name, what);
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A " + what + " must have 1 to " + MAX_LENGTH + " characters");
        }
        return stripped;
    }
}
