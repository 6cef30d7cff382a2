package org.myknees.domain.transaction;

/** Whether the bank has booked a transaction yet. */
public enum TransactionStatus {
    PENDING, POSTED
}
