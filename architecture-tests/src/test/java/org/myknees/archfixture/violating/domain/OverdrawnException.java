package org.myknees.archfixture.violating.domain;

/** A checked exception in the core. */
public final class OverdrawnException extends Exception {

    public OverdrawnException(String message) {
        super(message);
    }
}
