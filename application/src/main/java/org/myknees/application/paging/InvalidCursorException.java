package org.myknees.application.paging;

/** Thrown when a cursor was not produced by this service (tampered, truncated or from another listing). */
public final class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String cursor) {
        super("'" + cursor + "' is not a valid page cursor; start again from the first page");
    }
}
