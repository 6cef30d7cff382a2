package org.myknees.archfixture.compliant.domain;

/** An unchecked rule violation named after the rule. */
public final class LedgerNotEmptyException extends RuntimeException {

    public LedgerNotEmptyException(String ledger) {
        super("Ledger " + ledger + " still holds money");
    }
}
