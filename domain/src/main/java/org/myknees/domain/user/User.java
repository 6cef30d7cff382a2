package org.myknees.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.myknees.domain.household.UserId;

/**
 * A person who can sign in. Invariants: every user has the {@link PlatformRole#USER} role; a user signs in
 * either with a password (an opaque hash) or through an external identity provider ({@code externalSubject}),
 * or both. Immutable; {@code version} is advanced by the repository only.
 *
 * @param passwordHash    the encoded hash, whose format only the password hasher knows; empty for users who
 *                        only sign in through an external issuer
 * @param externalSubject {@code issuer + " " + subject} of an external identity, when linked
 */
public record User(UserId id, EmailAddress email, Optional<String> passwordHash, Set<PlatformRole> roles,
                   Optional<String> externalSubject, Instant createdAt, long version) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(externalSubject, "externalSubject");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!roles.contains(PlatformRole.USER)) {
            throw new IllegalArgumentException("Every user has the role USER");
        }
        if (passwordHash.isEmpty() && externalSubject.isEmpty()) {
            throw new IllegalArgumentException("A user needs a password or an external identity to sign in");
        }
    }

    /** A new user who signs in with a password. */
    public static User signUp(UserId id, EmailAddress email, String passwordHash, Instant at) {
        return new User(id, email, Optional.of(passwordHash), EnumSet.of(PlatformRole.USER), Optional.empty(), at, 0);
    }

    /** A new user known through an external identity provider; they have no password here. */
    public static User fromExternalIdentity(UserId id, EmailAddress email, String externalSubject, Instant at) {
        return new User(id, email, Optional.empty(), EnumSet.of(PlatformRole.USER), Optional.of(externalSubject), at,
                0);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, email, Optional.of(newHash), roles, externalSubject, createdAt, version);
    }

    public User grant(PlatformRole role) {
        EnumSet<PlatformRole> more = EnumSet.copyOf(roles);
        more.add(role);
        return new User(id, email, passwordHash, more, externalSubject, createdAt, version);
    }

    public boolean hasRole(PlatformRole role) {
        return roles.contains(role);
    }

    public User withVersion(long newVersion) {
        return new User(id, email, passwordHash, roles, externalSubject, createdAt, newVersion);
    }
}
