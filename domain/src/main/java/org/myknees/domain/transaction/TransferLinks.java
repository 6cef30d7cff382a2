package org.myknees.domain.transaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.myknees.domain.Change;
import org.myknees.domain.transaction.TransactionEvents.TransferLinked;
import org.myknees.domain.transaction.TransactionEvents.TransferUnlinked;

/**
 * The policy for linking two transactions as one transfer between a household's own accounts (a card payment
 * from checking): both sides in the same household, in different accounts, money out on one side and in on
 * the other, neither linked elsewhere. Linked transfers are left out of spending.
 */
public final class TransferLinks {

    private TransferLinks() {
    }

    /** Links both sides; returns their two changes. */
    public static List<Change<Transaction>> link(Transaction a, Transaction b, Instant at) {
        if (!a.householdId().equals(b.householdId())) {
            throw new InvalidTransferLinkException("Transfers link transactions of one household only");
        }
        if (a.id().equals(b.id())) {
            throw new InvalidTransferLinkException("A transaction cannot be a transfer to itself");
        }
        if (a.accountId().equals(b.accountId())) {
            throw new InvalidTransferLinkException("A transfer links two different accounts");
        }
        if (Long.signum(a.amount().minorUnits()) * Long.signum(b.amount().minorUnits()) >= 0) {
            throw new InvalidTransferLinkException("A transfer needs money out on one side and money in on the other");
        }
        for (Transaction side : List.of(a, b)) {
            Transaction other = side == a ? b : a;
            if (side.transferLink().filter(link -> !link.equals(other.id())).isPresent()) {
                throw new InvalidTransferLinkException("Transaction " + side.id() + " is already linked to "
                        + side.transferLink().get() + "; unlink it first");
            }
        }
        return List.of(linkOne(a, b, at), linkOne(b, a, at));
    }

    /** Removes the link from both sides; returns their two changes. */
    public static List<Change<Transaction>> unlink(Transaction a, Transaction b, Instant at) {
        if (!a.transferLink().equals(Optional.of(b.id())) || !b.transferLink().equals(Optional.of(a.id()))) {
            throw new InvalidTransferLinkException("Transactions " + a.id() + " and " + b.id() + " are not linked");
        }
        return List.of(
                Change.of(a.toBuilder().transferLink(Optional.empty()).build(),
                        new TransferUnlinked(a.householdId(), a.id(), b.id(), at)),
                Change.of(b.toBuilder().transferLink(Optional.empty()).build(),
                        new TransferUnlinked(b.householdId(), b.id(), a.id(), at)));
    }

    private static Change<Transaction> linkOne(Transaction side, Transaction other, Instant at) {
        return Change.of(side.toBuilder().transferLink(Optional.of(other.id())).build(),
                new TransferLinked(side.householdId(), side.id(), other.id(), at));
    }
}
