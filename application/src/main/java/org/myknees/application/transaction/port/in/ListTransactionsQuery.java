package org.myknees.application.transaction.port.in;

import org.myknees.application.paging.Page;
import org.myknees.application.paging.PageRequest;
import org.myknees.application.transaction.port.out.TransactionFilter;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;
import org.myknees.domain.transaction.Transaction;
import org.myknees.domain.transaction.TransactionId;

/** Reads transactions: filtered, newest first, with cursor pagination that stays stable while rows are added. */
public interface ListTransactionsQuery {
    Page<Transaction> listTransactions(UserId actor, HouseholdId household, TransactionFilter filter, PageRequest page);

    Transaction getTransaction(UserId actor, HouseholdId household, TransactionId id);
}
