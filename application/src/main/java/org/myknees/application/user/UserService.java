package org.myknees.application.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.myknees.application.port.out.NotFoundException;
import org.myknees.application.user.port.in.CurrentUserQuery;
import org.myknees.application.user.port.in.InvalidCredentialsException;
import org.myknees.application.user.port.in.SessionResult;
import org.myknees.application.user.port.in.SessionUseCase;
import org.myknees.application.user.port.in.SignUpUseCase;
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

/** Implements sign-up, login, rotating refresh sessions and user look-ups. */
public final class UserService implements SignUpUseCase, SessionUseCase, CurrentUserQuery {

    private static final String REJECTED_LOGIN = "Unknown e-mail address or wrong password";
    private static final String REJECTED_REFRESH = "The refresh token is not valid; log in again";

    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Duration refreshLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UserService(UserRepository users, RefreshTokenStore refreshTokens, PasswordHasher hasher,
                       LoginThrottle throttle, Duration refreshLifetime, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.refreshLifetime = Objects.requireNonNull(refreshLifetime, "refreshLifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public User signUp(SignUpCommand c) {
        if (users.findByEmail(c.email()).isPresent()) {
            throw new EmailTakenException(c.email());
        }
        return users.save(User.signUp(UserId.newId(), c.email(), hasher.hash(c.password()), clock.instant()));
    }

    @Override
    public SessionResult logIn(LogInCommand c) {
        throttle.check(c.email().value(), c.clientAddress());
        Optional<User> user = users.findByEmail(c.email());
        Optional<String> hash = user.flatMap(User::passwordHash);
        // Hash even for unknown addresses so that response times do not reveal which addresses exist.
        boolean matches = hash.isPresent()
                ? hasher.matches(c.password(), hash.get())
                : hasher.matches(c.password(), hasher.hash("not a real password"));
        if (!matches || hash.isEmpty()) {
            throttle.recordFailure(c.email().value(), c.clientAddress());
            throw new InvalidCredentialsException(REJECTED_LOGIN);
        }
        throttle.recordSuccess(c.email().value());
        return startSession(user.get(), UUID.randomUUID());
    }

    @Override
    public SessionResult refresh(String refreshToken) {
        StoredRefreshToken stored = refreshTokens.find(hashOf(refreshToken))
                .orElseThrow(() -> new InvalidCredentialsException(REJECTED_REFRESH));
        if (refreshTokens.isRevoked(stored.family()) || !stored.expiresAt().isAfter(clock.instant())) {
            throw new InvalidCredentialsException(REJECTED_REFRESH);
        }
        if (!refreshTokens.markUsed(stored.tokenHash())) {
            // A used token came back: someone holds a copy. End every session of this login.
            refreshTokens.revokeFamily(stored.family());
            throw new InvalidCredentialsException(REJECTED_REFRESH);
        }
        User user = users.find(stored.user()).orElseThrow(() -> new InvalidCredentialsException(REJECTED_REFRESH));
        return startSession(user, stored.family());
    }

    @Override
    public void logOut(String refreshToken) {
        refreshTokens.find(hashOf(refreshToken)).ifPresent(t -> refreshTokens.revokeFamily(t.family()));
    }

    @Override
    public User currentUser(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.findByEmail(email);
    }

    @Override
    public User userOfExternalIdentity(String issuer, String subject, EmailAddress email) {
        String external = issuer + " " + subject;
        return users.findByExternalSubject(external).orElseGet(() -> {
            if (users.findByEmail(email).isPresent()) {
                throw new EmailTakenException(email);
            }
            return users.save(User.fromExternalIdentity(UserId.newId(), email, external, clock.instant()));
        });
    }

    private SessionResult startSession(User user, UUID family) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(refreshLifetime);
        refreshTokens.add(new StoredRefreshToken(hashOf(token), family, user.id(), expiresAt));
        return new SessionResult(user, token, expiresAt);
    }

    /** Refresh tokens are stored as SHA-256: 256 random bits need no slow hash, and a leaked store is useless. */
    static String hashOf(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
