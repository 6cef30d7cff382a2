package org.myknees.application.categorization.port.in;

import java.util.Objects;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/**
 * Categorizes one stored transaction again with every source in order: rules, the household's corrections (every
 * pin is one, learned at once), built-in merchant knowledge, then the model. A pinned category stays; an automatic
 * one is replaced by what the sources decide now.
 */
public interface CategorizeTransactionUseCase {

    CategorizedTransaction categorize(UserId actor, HouseholdId household, TransactionId transaction);

    /**
     * @param transaction the transaction as stored after categorizing
     * @param resolution  what the sources decided, with up to three suggestions when none was sure
     */
    record CategorizedTransaction(Transaction transaction, Resolution resolution) {
        public CategorizedTransaction {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(resolution, "resolution");
        }
    }
}
