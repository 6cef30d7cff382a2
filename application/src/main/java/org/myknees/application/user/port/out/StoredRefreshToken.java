package org.myknees.application.user.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.myknees.domain.household.UserId;

/**
 * A refresh token as kept by the store: only the SHA-256 of the token, never the token itself. Tokens handed
 * out by rotation share the {@code family} of the login that started them.
 */
public record StoredRefreshToken(String tokenHash, UUID family, UserId user, Instant expiresAt) {

    public StoredRefreshToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
