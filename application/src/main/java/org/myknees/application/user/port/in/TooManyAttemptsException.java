package org.myknees.application.user.port.in;

import java.time.Duration;
import java.util.Objects;

/** Thrown when logins are refused for a while after too many failures. */
public final class TooManyAttemptsException extends RuntimeException {

    private final transient Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
