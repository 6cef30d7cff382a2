package org.myknees.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myknees.application.user.port.in.InvalidCredentialsException;
import org.myknees.application.user.port.in.SessionResult;
import org.myknees.application.user.port.in.TooManyAttemptsException;
import org.myknees.application.user.port.in.UserCommands.LogInCommand;
import org.myknees.application.user.port.in.UserCommands.SignUpCommand;
import org.myknees.application.user.port.out.EmailTakenException;
import org.myknees.application.user.port.out.PasswordHasher;
import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.StoredRefreshToken;
import org.myknees.application.user.port.out.UserRepository;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

class UserServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");
    private static final String PASSWORD = "correct horse battery";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final UserService service = new UserService(new MapUsers(), new MapTokens(), new ReversingHasher(),
            new LoginThrottle(3, 5, Duration.ofMinutes(15), clock), Duration.ofDays(30), clock);

    @Test
    void aSignedUpUserLogsInWithTheirPasswordOnly() {
        User user = service.signUp(new SignUpCommand(ADA, PASSWORD));

        assertThat(user.passwordHash()).isPresent().get().isNotEqualTo(PASSWORD);
        assertThat(service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1")).user().id()).isEqualTo(user.id());
        assertThatThrownBy(() -> service.logIn(new LogInCommand(ADA, "wrong password!", "10.0.0.1")))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void anUnknownAddressFailsLikeAWrongPassword() {
        assertThatThrownBy(() -> service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1")))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("Unknown e-mail address or wrong password");
    }

    @Test
    void anAddressSignsUpOnce() {
        service.signUp(new SignUpCommand(ADA, PASSWORD));

        assertThatThrownBy(() -> service.signUp(new SignUpCommand(new EmailAddress("ADA@example.org"), PASSWORD)))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void tooManyFailuresLockTheAccountEvenForTheRightPasswordUntilTheWindowPasses() {
        service.signUp(new SignUpCommand(ADA, PASSWORD));
        for (int i = 0; i < 3; i++) {
            String address = "10.0.0." + i;
            assertThatThrownBy(() -> service.logIn(new LogInCommand(ADA, "wrong password!", address)))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.9")))
                .isInstanceOf(TooManyAttemptsException.class);
        clock.advance(Duration.ofMinutes(15));
        assertThat(service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.9")).user().email()).isEqualTo(ADA);
    }

    @Test
    void tooManyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        service.signUp(new SignUpCommand(ADA, PASSWORD));
        for (int i = 0; i < 5; i++) {
            EmailAddress guess = new EmailAddress("guess" + i + "@example.org");
            assertThatThrownBy(() -> service.logIn(new LogInCommand(guess, PASSWORD, "10.6.6.6")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> service.logIn(new LogInCommand(ADA, PASSWORD, "10.6.6.6")))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1")).user().email()).isEqualTo(ADA);
    }

    @Test
    void aRefreshTokenRotatesAndItsReuseEndsTheWholeSession() {
        service.signUp(new SignUpCommand(ADA, PASSWORD));
        SessionResult login = service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1"));

        SessionResult rotated = service.refresh(login.refreshToken());
        assertThat(rotated.refreshToken()).isNotEqualTo(login.refreshToken());

        assertThatThrownBy(() -> service.refresh(login.refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> service.refresh(rotated.refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void reuseInOneSessionLeavesAnotherLoginAlone() {
        service.signUp(new SignUpCommand(ADA, PASSWORD));
        SessionResult phone = service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1"));
        SessionResult laptop = service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.2"));
        service.refresh(phone.refreshToken());

        assertThatThrownBy(() -> service.refresh(phone.refreshToken())).isInstanceOf(InvalidCredentialsException.class);
        assertThat(service.refresh(laptop.refreshToken()).user().email()).isEqualTo(ADA);
    }

    @Test
    void anExpiredOrLoggedOutRefreshTokenIsRefused() {
        service.signUp(new SignUpCommand(ADA, PASSWORD));
        SessionResult first = service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1"));
        SessionResult second = service.logIn(new LogInCommand(ADA, PASSWORD, "10.0.0.1"));

        service.logOut(second.refreshToken());
        assertThatThrownBy(() -> service.refresh(second.refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);

        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> service.refresh(first.refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void anExternalIdentityMapsToOneLocalUser() {
        User first = service.userOfExternalIdentity("https://idp.example", "sub-1", new EmailAddress("bob@example.org"));
        User again = service.userOfExternalIdentity("https://idp.example", "sub-1", new EmailAddress("bob@example.org"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.passwordHash()).isEmpty();
    }

    /** Not a hash at all: enough to tell that the service stores what the hasher returns. */
    private static final class ReversingHasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            return "rev:" + new StringBuilder(password).reverse();
        }

        @Override
        public boolean matches(String password, String encodedHash) {
            return hash(password).equals(encodedHash);
        }
    }

    private static final class MapUsers implements UserRepository {
        private final Map<UserId, User> byId = new HashMap<>();

        @Override
        public Optional<User> find(UserId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<User> findByEmail(EmailAddress email) {
            return byId.values().stream().filter(u -> u.email().equals(email)).findFirst();
        }

        @Override
        public Optional<User> findByExternalSubject(String externalSubject) {
            return byId.values().stream().filter(u -> u.externalSubject().equals(Optional.of(externalSubject)))
                    .findFirst();
        }

        @Override
        public User save(User user) {
            User saved = user.withVersion(user.version() + 1);
            byId.put(user.id(), saved);
            return saved;
        }
    }

    private static final class MapTokens implements RefreshTokenStore {
        private final Map<String, StoredRefreshToken> tokens = new HashMap<>();
        private final Set<String> used = new HashSet<>();
        private final Set<UUID> revoked = new HashSet<>();

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

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
