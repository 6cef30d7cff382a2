package org.myknees.application.transaction.port.in;

import org.myknees.application.transaction.port.in.TransactionCommands.RecordTransactionCommand;
import org.myknees.domain.transaction.Transaction;

/** Records one transaction by hand in an open account of the household. */
public interface RecordTransactionUseCase {
    Transaction recordTransaction(RecordTransactionCommand command);
}
