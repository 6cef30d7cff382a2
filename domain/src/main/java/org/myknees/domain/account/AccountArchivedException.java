package org.myknees.domain.account;

/** Thrown when something is written to an archived account, which only keeps its history. */
public final class AccountArchivedException extends IllegalStateException {

    public AccountArchivedException(AccountCode code) {
        super("Account " + code + " is archived and takes no new transactions");
    }
}
