package org.myknees.application.user.port.in;

/** Thrown when a login or a refresh token is not accepted; deliberately says no more than that. */
public final class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException(String message) {
        super(message);
    }
}
