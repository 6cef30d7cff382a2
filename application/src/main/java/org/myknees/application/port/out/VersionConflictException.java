package org.myknees.application.port.out;

/**
 * Thrown by a store when an aggregate was changed by someone else since it was read (optimistic concurrency):
 * the caller should read it again and retry or report the conflict.
 */
public final class VersionConflictException extends RuntimeException {

    public VersionConflictException(String what, Object id, long expected) {
        super(what + " " + id + " was changed by someone else (expected version " + expected + "); read it again");
    }
}
