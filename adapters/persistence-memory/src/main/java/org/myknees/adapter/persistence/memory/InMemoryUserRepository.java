package org.myknees.adapter.persistence.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.myknees.application.port.out.VersionConflictException;
import org.myknees.application.user.port.out.EmailTakenException;
import org.myknees.application.user.port.out.UserRepository;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

/** Users in a map; writes are serialized so that the unique address and the version check hold together. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new ConcurrentHashMap<>();

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> findByExternalSubject(String externalSubject) {
        return users.values().stream().filter(u -> u.externalSubject().filter(externalSubject::equals).isPresent())
                .findFirst();
    }

    @Override
    public synchronized User save(User user) {
        long stored = find(user.id()).map(User::version).orElse(0L);
        if (stored != user.version()) {
            throw new VersionConflictException("user", user.id(), user.version());
        }
        findByEmail(user.email()).filter(other -> !other.id().equals(user.id())).ifPresent(other -> {
            throw new EmailTakenException(user.email());
        });
        User saved = user.withVersion(user.version() + 1);
        users.put(saved.id(), saved);
        return saved;
    }
}
