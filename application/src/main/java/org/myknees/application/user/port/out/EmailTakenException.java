package org.myknees.application.user.port.out;

import org.myknees.domain.user.EmailAddress;

/** Thrown when an e-mail address already belongs to another user. */
public final class EmailTakenException extends RuntimeException {

    public EmailTakenException(EmailAddress email) {
        super("An account with the address " + email + " already exists");
    }
}
