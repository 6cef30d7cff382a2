package org.myknees.application.importing.port.out;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One account's movements as a file states them.
 *
 * @param account      how the file identifies the account
 * @param currency     the statement currency, when the file states one
 * @param opening      the opening (booked) balance, when stated
 * @param closing      the closing (booked) balance, when stated
 * @param transactions in file order
 */
public record ParsedStatement(StatementAccount account, Optional<Currency> currency, Optional<StatedBalance> opening,
                              Optional<StatedBalance> closing, List<ParsedTransaction> transactions) {

    public ParsedStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        transactions = List.copyOf(transactions);
    }
}
