package org.myknees.application.user.port.out;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps refresh tokens, each usable once. A token is "live" until it is used or its family is revoked; used and
 * revoked tokens are still found, so that a reused token can be recognised.
 */
public interface RefreshTokenStore {

    void add(StoredRefreshToken token);

    /** The token with this hash, live or not; empty when it was never stored. */
    Optional<StoredRefreshToken> find(String tokenHash);

    /** Whether the token's family is revoked. */
    boolean isRevoked(UUID family);

    /**
     * Marks a token used. Atomic: of concurrent calls for one token exactly one returns true; false means it had
     * been used before.
     */
    boolean markUsed(String tokenHash);

    /** Revokes every token of the family, used or not. Revoking twice is harmless. */
    void revokeFamily(UUID family);
}
