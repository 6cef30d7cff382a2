package org.myknees.domain.purchase;

/** A purchase or line item breaks a rule no order can break: a missing name, a mixed currency, no quantity. */
public final class InvalidPurchaseException extends IllegalArgumentException {

    public InvalidPurchaseException(String message) {
        super(message);
    }
}
