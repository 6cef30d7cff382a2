package org.myknees.domain.merchant;

/**
 * What a directory entry names. The order is the precedence when several entries match one descriptor:
 * {@code ATM WITHDRAWAL 7-ELEVEN} is a cash withdrawal, not a purchase at 7-Eleven, and
 * {@code BRITISH GAS DD} is a bill from British Gas, not an anonymous direct debit, and
 * {@code UEBERWEISUNG AN ... MIETE} is rent rather than a transfer.
 */
public enum DescriptorKind {
    /** What the bank did, whoever the counterparty: pay wages, hand out cash, charge a fee, move money. */
    BANK_OPERATION,
    /** A merchant, biller, lender or public body. */
    MERCHANT,
    /**
     * A word that hints at a category without naming a counterparty: a trade or shop type ({@code PIZZERIA},
     * {@code METZGEREI}, {@code PHARMACIE}) or what the money was for (rent, mortgage, insurance); used when no
     * bank operation or merchant matches.
     */
    GENERIC_TERM,
    /**
     * How money moved and nothing more (direct debit, standing order, SEPA or Faster Payments transfer, bank
     * giro credit): any other reading of the text, even a generic term such as rent, says more.
     */
    PAYMENT_CHANNEL
}
