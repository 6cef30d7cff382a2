package org.myknees.application.user.port.out;

import java.util.Optional;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

/** Stores users. E-mail addresses and external subjects are unique. */
public interface UserRepository {

    Optional<User> find(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /** The user linked to this external identity ({@code issuer + " " + subject}), or empty. */
    Optional<User> findByExternalSubject(String externalSubject);

    /**
     * Inserts a new user (version 0) or replaces the stored one if its version still matches; returns it with
     * the next version.
     *
     * @throws EmailTakenException when another user has the same e-mail address
     * @throws org.myknees.application.port.out.VersionConflictException when the stored version differs
     */
    User save(User user);
}
