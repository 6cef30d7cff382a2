package org.myknees.domain.account;

/** The kind of an account. */
public enum AccountType {
    CHECKING, SAVINGS, CREDIT_CARD, CASH, LOAN, INVESTMENT
}
