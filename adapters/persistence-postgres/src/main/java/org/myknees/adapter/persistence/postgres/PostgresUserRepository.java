package org.myknees.adapter.persistence.postgres;

import java.util.Objects;
import java.util.Optional;
import org.myknees.application.user.port.out.EmailTakenException;
import org.myknees.application.user.port.out.UserRepository;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

/** Users in {@code users}; addresses are unique (the domain stores them lower-case). */
final class PostgresUserRepository implements UserRepository {

    private final HibernateUnitOfWork units;

    PostgresUserRepository(HibernateUnitOfWork units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Optional<User> find(UserId id) {
        return units.withSession(session -> Optional.ofNullable(session.find(UserEntity.class, id.value()))
                .map(UserEntity::toDomain));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return units.withSession(session -> session.createSelectionQuery("from User where email = :email",
                        UserEntity.class)
                .setParameter("email", email.value())
                .uniqueResultOptional()
                .map(UserEntity::toDomain));
    }

    @Override
    public Optional<User> findByExternalSubject(String externalSubject) {
        return units.withSession(session -> session.createSelectionQuery(
                        "from User where externalSubject = :subject", UserEntity.class)
                .setParameter("subject", externalSubject)
                .uniqueResultOptional()
                .map(UserEntity::toDomain));
    }

    @Override
    public User save(User user) {
        return units.withSession(session -> {
            boolean taken = session.createSelectionQuery(
                            "select 1 from User where email = :email and id <> :id", Integer.class)
                    .setParameter("email", user.email().value())
                    .setParameter("id", user.id().value())
                    .uniqueResultOptional()
                    .isPresent();
            if (taken) {
                throw new EmailTakenException(user.email());
            }
            try {
                return user.withVersion(VersionedSave.save(session, UserEntity.class, user.id().value(), user,
                        user.version(), UserEntity::of, "user", user.id()).version());
            } catch (RuntimeException e) {
                // Another unit of work took the address between the check above and this write.
                if (DatabaseFailures.violatedConstraint(e).filter("users_email_unique"::equals).isPresent()) {
                    throw new EmailTakenException(user.email());
                }
                throw e;
            }
        });
    }
}
