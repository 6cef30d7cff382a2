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
 * @param replaces      the bank id of an earlier row of the same account that this row corrects (OFX
 *                      {@code CORRECTFITID} with {@code CORRECTACTION REPLACE}, a Plaid {@code modified} row naming
 *                      its own id): the import updates that row instead of adding this one; empty for an ordinary row
 */
public record ParsedTransaction(int line, LocalDate bookingDate, Optional<LocalDate> valueDate, Money amount,
                                String rawDescriptor, Optional<String> counterparty, Optional<String> remittance,
                                Optional<String> externalId, boolean pending, Optional<String> accountRef,
                                Optional<String> replaces) {

    public ParsedTransaction {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rawDescriptor, "rawDescriptor");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(remittance, "remittance");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(accountRef, "accountRef");
        Objects.requireNonNull(replaces, "replaces");
    }

    /** An ordinary row, correcting none. */
    public ParsedTransaction(int line, LocalDate bookingDate, Optional<LocalDate> valueDate, Money amount,
                             String rawDescriptor, Optional<String> counterparty, Optional<String> remittance,
                             Optional<String> externalId, boolean pending, Optional<String> accountRef) {
        this(line, bookingDate, valueDate, amount, rawDescriptor, counterparty, remittance, externalId, pending,
                accountRef, Optional.empty());
    }

    /** The same row, stated by the bank as the correction of its earlier row with bank id {@code earlierId}. */
    public ParsedTransaction replacing(String earlierId) {
        return new ParsedTransaction(line, bookingDate, valueDate, amount, rawDescriptor, counterparty, remittance,
                externalId, pending, accountRef, Optional.of(earlierId));
    }
}
