package org.myknees.domain.transaction;

/** Thrown when two transactions cannot be linked as a transfer between own accounts, with the reason. */
public final class InvalidTransferLinkException extends IllegalArgumentException {

    public InvalidTransferLinkException(String reason) {
        super(reason);
    }
}
