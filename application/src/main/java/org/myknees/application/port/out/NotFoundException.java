package org.myknees.application.port.out;

/**
 * Thrown when something does not exist for the acting user: a missing id and another household's id look
 * exactly the same, so no caller can learn what other households hold.
 */
public final class NotFoundException extends RuntimeException {

    private final String what;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
        this.what = what;
    }

    /** The kind of thing that was not found, such as {@code account}. */
    public String what() {
        return what;
    }
}
