package org.myknees.adapter.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.PlatformRole;
import org.myknees.domain.user.User;

/** A row of {@code users}. The creation time is kept to the microsecond, PostgreSQL's precision. */
@Entity(name = "User")
@Table(name = "users")
class UserEntity implements StoredAggregate<User> {

    @Id
    @Column(name = "user_id")
    private UUID id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", nullable = false)
    private String[] roles;

    @Column(name = "external_subject")
    private String externalSubject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserEntity() {
    }

    static UserEntity of(User user) {
        UserEntity entity = new UserEntity();
        entity.id = user.id().value();
        entity.copyFrom(user);
        entity.version = user.version() + 1;
        return entity;
    }

    @Override
    public void copyFrom(User user) {
        email = user.email().value();
        passwordHash = user.passwordHash().orElse(null);
        String[] next = user.roles().stream().map(PlatformRole::name).sorted().toArray(String[]::new);
        if (roles == null || !Arrays.equals(roles, next)) {
            roles = next;
        }
        externalSubject = user.externalSubject().orElse(null);
        createdAt = user.createdAt();
    }

    @Override
    public User toDomain() {
        Set<PlatformRole> granted = Arrays.stream(roles).map(PlatformRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlatformRole.class)));
        return new User(new UserId(id), new EmailAddress(email), Optional.ofNullable(passwordHash), granted,
                Optional.ofNullable(externalSubject), createdAt, version);
    }

    @Override
    public long version() {
        return version;
    }
}
