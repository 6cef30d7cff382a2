package org.myknees.application.importing.port.out;

import java.util.Objects;
import org.myknees.domain.transaction.BankFields;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * A correction from the bank that an import applied to a stored transaction, kept with its batch so that reverting
 * the batch can undo it (ADR 0012).
 */
public sealed interface AppliedCorrection {

    /** The 1-based line of the file that stated the correction. */
    int line();

    /** The stored transaction the correction changed or removed. */
    TransactionId transaction();

    /**
     * A row of the file replaced the stored transaction: {@code earlier} is what the bank had stated before, and
     * {@code versionAfter} the version the import left the transaction at, so a revert can tell whether anything
     * changed it since.
     */
    record Replaced(int line, TransactionId transaction, BankFields earlier, long versionAfter)
            implements AppliedCorrection {

        public Replaced {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(earlier, "earlier");
        }
    }

    /**
     * The bank withdrew the stored transaction and the import removed it, as it was stored. An import never withdraws
     * a transaction a person edited, so {@code removed} carries no person's edit: its bank fields, merchant and
     * automatic category are all a store has to keep.
     */
    record Withdrawn(int line, Transaction removed) implements AppliedCorrection {

        public Withdrawn {
            Objects.requireNonNull(removed, "removed");
            if (removed.isEditedByPerson()) {
                throw new IllegalArgumentException("Transaction " + removed.id()
                        + " was edited by a person and cannot be withdrawn by an import");
            }
        }

        @Override
        public TransactionId transaction() {
            return removed.id();
        }
    }
}
