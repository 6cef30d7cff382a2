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
 * @param withdrawn    rows of this account the bank withdrew (OFX {@code CORRECTACTION DELETE}, Plaid
 *                     {@code removed}), in file order: the import removes the stored rows with those bank ids. They
 *                     are not transactions of the statement and count as none of its rows
 */
public record ParsedStatement(StatementAccount account, Optional<Currency> currency, Optional<StatedBalance> opening,
                              Optional<StatedBalance> closing, List<ParsedTransaction> transactions,
                              List<Withdrawal> withdrawn) {

    public ParsedStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        transactions = List.copyOf(transactions);
        withdrawn = List.copyOf(withdrawn);
    }

    /** A statement whose bank withdrew nothing. */
    public ParsedStatement(StatementAccount account, Optional<Currency> currency, Optional<StatedBalance> opening,
                           Optional<StatedBalance> closing, List<ParsedTransaction> transactions) {
        this(account, currency, opening, closing, transactions, List.of());
    }

    /**
     * The bank withdrew its row with this bank id.
     *
     * @param line       1-based line of the file where the withdrawal is stated (for messages)
     * @param externalId the bank id of the withdrawn row
     */
    public record Withdrawal(int line, String externalId) {

        public Withdrawal {
            Objects.requireNonNull(externalId, "externalId");
        }
    }
}
