package org.myknees.application.user.port.in;

import java.util.Optional;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

/** Looks users up for authenticated callers. */
public interface CurrentUserQuery {

    /** @throws org.myknees.application.port.out.NotFoundException when no such user exists (any more) */
    User currentUser(UserId id);

    /** The user with this address, used to invite members by address; empty when unknown. */
    Optional<User> findByEmail(EmailAddress email);

    /**
     * The local user of an identity from an external issuer, created on first sight with the given address
     * (which must not belong to a password user).
     */
    User userOfExternalIdentity(String issuer, String subject, EmailAddress email);
}
