package org.myknees.adapter.rest.bearer;

/** An access token that is not accepted; the message says why (for logs, never for the caller). */
public final class TokenRejectedException extends RuntimeException {

    public TokenRejectedException(String reason) {
        super(reason);
    }

    public TokenRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
