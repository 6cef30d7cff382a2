package org.myknees.application.importing.port.out;

import java.util.Optional;

/**
 * How a file names an account; any part may be absent (a CSV names none, a CAMT file gives an IBAN).
 *
 * @param identifier account number, IBAN or the aggregator's account id
 * @param bankId     routing number, BIC or bank code
 * @param name       the account's name or nickname in the file
 * @param type       the file's own account type word (CHECKING, CREDITLINE, …)
 */
public record StatementAccount(Optional<String> identifier, Optional<String> bankId, Optional<String> name,
                               Optional<String> type) {

    public static StatementAccount unnamed() {
        return new StatementAccount(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
