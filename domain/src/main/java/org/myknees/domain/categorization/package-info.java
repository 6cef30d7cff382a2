/**
 * The order in which a transaction's category is decided and how each decision is recorded: manual pin,
 * household rule, the household's own corrections, built-in merchant knowledge, the model, else uncategorized
 * with suggestions. Any module may use it.
 */
package org.myknees.domain.categorization;
