package org.myknees.domain.merchant;

/**
 * What a directory entry names. The order is the precedence when several entries match one descriptor:
 * {@code ATM WITHDRAWAL 7-ELEVEN} is a cash withdrawal, not a purchase at 7-Eleven, and
 * {@code BRITISH GAS DD} is a bill from British Gas, not an anonymous direct debit.
 */
public enum DescriptorKind {
    /** What the bank did, whoever the counterparty: pay wages, hand out cash, charge a fee, move money. */
    BANK_OPERATION,
    /** A merchant, biller, lender or public body. */
    MERCHANT,
    /**
     * A generic bank word that hints at a category without naming a counterparty: how money moved (direct
     * debit, standing order, SEPA transfer) or what for (mortgage, loan, insurance); used when nothing else matches.
     */
    GENERIC_TERM
}
