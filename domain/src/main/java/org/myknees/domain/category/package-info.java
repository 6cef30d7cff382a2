/**
 * Categories: the default taxonomy (Plaid's Personal Finance Categories v1), a household's own categories
 * mapped onto it, and the assignment of a category to a transaction with its source. Any module may use it.
 */
package org.myknees.domain.category;
