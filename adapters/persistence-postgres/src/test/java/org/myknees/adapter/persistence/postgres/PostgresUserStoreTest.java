package org.myknees.adapter.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.user.port.out.EmailTakenException;
import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.StoredRefreshToken;
import org.myknees.application.user.port.out.UserRepository;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.PlatformRole;
import org.myknees.domain.user.User;

/** Users and refresh tokens in PostgreSQL: what the sign-in service relies on. */
class PostgresUserStoreTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final UserRepository users = PostgresPorts.sharedStore().users();
    private final RefreshTokenStore tokens = PostgresPorts.sharedStore().refreshTokens();

    @Test
    void a_user_is_found_by_id_address_and_external_subject_and_a_stale_save_conflicts() {
        String subject = "https://issuer.example sub-" + UUID.randomUUID();
        User saved = users.save(User.fromExternalIdentity(UserId.newId(), email(), subject, AT)
                .grant(PlatformRole.ADMIN));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(users.find(saved.id())).contains(saved);
        assertThat(users.findByEmail(saved.email())).contains(saved);
        assertThat(users.findByExternalSubject(saved.externalSubject().orElseThrow())).contains(saved);
        User changed = users.save(saved.withPasswordHash("hash-2"));
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> users.save(saved.withPasswordHash("hash-3")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(users.find(saved.id()).orElseThrow().passwordHash()).contains("hash-2");
    }

    @Test
    void an_address_belongs_to_one_user_only() {
        EmailAddress address = email();
        users.save(User.signUp(UserId.newId(), address, "hash", AT));

        assertThatThrownBy(() -> users.save(User.signUp(UserId.newId(), new EmailAddress(address.value().toUpperCase()),
                "other", AT))).isInstanceOf(EmailTakenException.class);
    }

    @Test
    void a_refresh_token_is_used_once_and_its_family_can_be_revoked() {
        UUID family = UUID.randomUUID();
        StoredRefreshToken token = new StoredRefreshToken("hash-" + UUID.randomUUID(), family, UserId.newId(),
                AT.plusSeconds(3600));
        tokens.add(token);

        assertThat(tokens.find(token.tokenHash())).contains(token);
        assertThat(tokens.markUsed(token.tokenHash())).isTrue();
        assertThat(tokens.markUsed(token.tokenHash())).isFalse();
        assertThat(tokens.find(token.tokenHash())).as("a used token is still found").contains(token);
        assertThat(tokens.isRevoked(family)).isFalse();
        tokens.revokeFamily(family);
        tokens.revokeFamily(family);
        assertThat(tokens.isRevoked(family)).isTrue();
        assertThat(tokens.find("never stored")).isEmpty();
    }

    private static EmailAddress email() {
        return new EmailAddress("user-" + UUID.randomUUID() + "@example.org");
    }
}
