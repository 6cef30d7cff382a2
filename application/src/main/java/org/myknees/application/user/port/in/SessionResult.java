package org.myknees.application.user.port.in;

import java.time.Instant;
import java.util.Objects;
import org.myknees.domain.user.User;

/** A signed-in user with the refresh token that continues the session (shown once, never stored in clear). */
public record SessionResult(User user, String refreshToken, Instant refreshExpiresAt) {

    public SessionResult {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshExpiresAt, "refreshExpiresAt");
    }
}
