package org.myknees.adapter.persistence.memory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.StoredRefreshToken;

/** Refresh tokens in maps; lost on restart, which logs everyone out. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final Map<String, StoredRefreshToken> tokens = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<UUID> revoked = ConcurrentHashMap.newKeySet();

    @Override
    public void add(StoredRefreshToken token) {
        tokens.put(token.tokenHash(), token);
    }

    @Override
    public Optional<StoredRefreshToken> find(String tokenHash) {
        return Optional.ofNullable(tokens.get(tokenHash));
    }

    @Override
    public boolean isRevoked(UUID family) {
        return revoked.contains(family);
    }

    @Override
    public boolean markUsed(String tokenHash) {
        return used.add(tokenHash);
    }

    @Override
    public void revokeFamily(UUID family) {
        revoked.add(family);
    }
}
