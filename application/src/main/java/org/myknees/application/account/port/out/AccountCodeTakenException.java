package org.myknees.application.account.port.out;

import org.myknees.domain.account.AccountCode;

/** Thrown when an account code is already used by another account of the same household. */
public final class AccountCodeTakenException extends RuntimeException {

    public AccountCodeTakenException(AccountCode code) {
        super("The household already has an account with code " + code);
    }
}
