/**
 * Transactions: dated, signed movements of an account with the bank's raw text, their category assignment,
 * notes, tags, splits, transfer links and one-time events. Any module may use it.
 */
package org.myknees.domain.transaction;
