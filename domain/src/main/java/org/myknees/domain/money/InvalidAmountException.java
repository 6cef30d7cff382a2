package org.myknees.domain.money;

/** Thrown when text cannot be read as an amount of a currency (bad syntax or more decimals than it has). */
public final class InvalidAmountException extends IllegalArgumentException {

    public InvalidAmountException(String message) {
        super(message);
    }
}
