/**
 * Categorization: resolves each transaction's category in a fixed order (manual pin, household rule, learned
 * from the household's corrections, built-in merchant knowledge, model, else uncategorized with suggestions)
 * and records the source of every decision.
 */
package org.myknees.application.categorization;
