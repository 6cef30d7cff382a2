package org.myknees.adapter.inference.djl;

/** The embedding model could not be loaded; the message says why, in words fit for a status line. */
final class ModelUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ModelUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The message of a failure, or its type when it has none. */
    static String reasonOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
