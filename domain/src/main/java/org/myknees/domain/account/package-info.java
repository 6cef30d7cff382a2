/**
 * Accounts a household keeps (checking, savings, credit card, cash, loan, investment), each with a human code
 * such as {@code Ally_Bank}. Any module may use it.
 */
package org.myknees.domain.account;
