package org.myknees.adapter.persistence.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.StoredRefreshToken;
import org.myknees.domain.household.UserId;

/**
 * Refresh tokens in {@code refresh_tokens}, revoked families in {@code revoked_token_families}. Marking a token
 * used is one conditional update, so of two concurrent uses exactly one wins.
 */
final class PostgresRefreshTokenStore implements RefreshTokenStore {

    private final HibernateUnitOfWork units;

    PostgresRefreshTokenStore(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public void add(StoredRefreshToken token) {
        update("INSERT INTO refresh_tokens (token_hash, family, user_id, expires_at, used) VALUES (?, ?, ?, ?, false)",
                token.tokenHash(), token.family(), token.user().value(),
                OffsetDateTime.ofInstant(token.expiresAt(), ZoneOffset.UTC));
    }

    @Override
    public Optional<StoredRefreshToken> find(String tokenHash) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT family, user_id, expires_at FROM refresh_tokens WHERE token_hash = ?")) {
                query.setString(1, tokenHash);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredRefreshToken(tokenHash, rs.getObject(1, UUID.class),
                                    new UserId(rs.getObject(2, UUID.class)),
                                    rs.getObject(3, OffsetDateTime.class).toInstant()))
                            : Optional.<StoredRefreshToken>empty();
                }
            }
        }));
    }

    @Override
    public boolean isRevoked(UUID family) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM revoked_token_families WHERE family = ?")) {
                query.setObject(1, family);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        }));
    }

    @Override
    public boolean markUsed(String tokenHash) {
        return update("UPDATE refresh_tokens SET used = true WHERE token_hash = ? AND NOT used", tokenHash) == 1;
    }

    @Override
    public void revokeFamily(UUID family) {
        update("INSERT INTO revoked_token_families (family) VALUES (?) ON CONFLICT DO NOTHING", family);
    }

    private int update(String sql, Object... parameters) {
        return units.withSession(session -> session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        }));
    }
}
