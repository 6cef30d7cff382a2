package org.myknees.application.user.port.in;

import java.util.Objects;
import org.myknees.domain.user.EmailAddress;

/** The commands of the user use cases; each validates itself on construction. */
public final class UserCommands {

    /** Shortest password accepted at sign-up. */
    public static final int MIN_PASSWORD = 10;
    /** Longest password accepted: hashing cost must not depend on what an attacker sends. */
    public static final int MAX_PASSWORD = 256;

    private UserCommands() {
    }

    public record SignUpCommand(EmailAddress email, String password) {
        public SignUpCommand {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
                throw new IllegalArgumentException("A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD
                        + " characters");
            }
        }
    }

    /** A login attempt from a client address (used only to throttle guessing). */
    public record LogInCommand(EmailAddress email, String password, String clientAddress) {
        public LogInCommand {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }
}
