package org.myknees.application.user.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.PlatformRole;
import org.myknees.domain.user.User;

/** What every {@link UserRepository} must do; each implementation's test extends this class. */
public abstract class UserRepositoryContract {

    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    private UserRepository users;

    /** A new, empty repository. */
    protected abstract UserRepository newRepository();

    @BeforeEach
    void createRepository() {
        users = newRepository();
    }

    @Test
    void aSavedUserIsFoundByIdAndByAddressInAnySpelling() {
        User saved = users.save(User.signUp(UserId.newId(), new EmailAddress("Ada@Example.org"), "hash-1", AT));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(users.find(saved.id())).contains(saved);
        assertThat(users.findByEmail(new EmailAddress("ADA@example.ORG"))).contains(saved);
    }

    @Test
    void unknownUsersAreEmpty() {
        assertThat(users.find(UserId.newId())).isEmpty();
        assertThat(users.findByEmail(new EmailAddress("nobody@example.org"))).isEmpty();
        assertThat(users.findByExternalSubject("https://idp.example sub-1")).isEmpty();
    }

    @Test
    void aSecondUserWithTheSameAddressIsRefused() {
        users.save(User.signUp(UserId.newId(), new EmailAddress("ada@example.org"), "hash-1", AT));

        assertThatThrownBy(() -> users.save(User.signUp(UserId.newId(), new EmailAddress("ADA@example.org"),
                "hash-2", AT))).isInstanceOf(EmailTakenException.class);
    }

    @Test
    void anUpdateWithAStaleVersionIsAConflict() {
        User saved = users.save(User.signUp(UserId.newId(), new EmailAddress("ada@example.org"), "hash-1", AT));
        User changed = users.save(saved.grant(PlatformRole.ADMIN));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(users.find(saved.id()).orElseThrow().hasRole(PlatformRole.ADMIN)).isTrue();
        assertThatThrownBy(() -> users.save(saved.withPasswordHash("hash-2")))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void externalIdentitiesAreFoundBySubject() {
        User saved = users.save(User.fromExternalIdentity(UserId.newId(), new EmailAddress("bob@example.org"),
                "https://idp.example sub-1", AT));

        assertThat(users.findByExternalSubject("https://idp.example sub-1")).contains(saved);
        assertThat(users.findByExternalSubject("https://other.example sub-1")).isEmpty();
    }
}
