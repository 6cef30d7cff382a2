package org.myknees.application.importing.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.money.Money;

/**
 * One movement as the file states it, before normalization. Amounts are signed from the account holder's
 * point of view: negative = money out (parsers convert formats that say otherwise, such as Plaid).
 *
 * @param line          1-based line of the file where the row starts (for messages)
 * @param bookingDate   the date the bank booked it
 * @param valueDate     the value date, when the file gives a different one
 * @param amount        signed amount
 * @param rawDescriptor the bank's text, verbatim (name + memo as the file has them)
 * @param counterparty  the other party's name, when the format separates it
 * @param remittance    remittance information / purpose, when the format separates it
 * @param externalId    the bank's own id of the row (FITID, CAMT reference, aggregator id)
 * @param pending       true for a pending (not yet booked) row
 * @param accountRef    the account named on this row itself (a CSV account column), if any
 */
public record ParsedTransaction(int line, LocalDate bookingDate, Optional<LocalDate> valueDate, Money amount,
                                String rawDescriptor, Optional<String> counterparty, Optional<String> remittance,
                                Optional<String> externalId, boolean pending, Optional<String> accountRef) {

    public ParsedTransaction {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rawDescriptor, "rawDescriptor");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(remittance, "remittance");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(accountRef, "accountRef");
    }
}
