package org.myknees.adapter.inference.djl;

/** The embedding model could not be loaded; the message says why, in words fit for a status line. */
final class ModelUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ModelUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
