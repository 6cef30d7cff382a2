package org.myknees.application.user.port.in;

import org.myknees.application.user.port.in.UserCommands.LogInCommand;

/**
 * Starts, continues and ends sessions. Refresh tokens rotate: each works once and is replaced by a new one of
 * the same family; presenting a used token again revokes the whole family (it was probably stolen).
 */
public interface SessionUseCase {

    /**
     * @throws InvalidCredentialsException for an unknown address or a wrong password (indistinguishable)
     * @throws TooManyAttemptsException    when the account or the client address failed too often recently
     */
    SessionResult logIn(LogInCommand command);

    /** @throws InvalidCredentialsException when the token is unknown, expired, used or revoked */
    SessionResult refresh(String refreshToken);

    /** Ends the session the token belongs to; unknown tokens are ignored. */
    void logOut(String refreshToken);
}
