/**
 * Categorization rules: conditions on a transaction's descriptor, merchant, amount, account and date, actions
 * that set its category and other fields, and the {@link org.myknees.domain.rule.RuleSet} that compiles many
 * rules into one fast matcher. Pure domain logic; the application builds {@link org.myknees.domain.rule.RuleSubject}s
 * from transactions and may use everything public here.
 */
package org.myknees.domain.rule;
