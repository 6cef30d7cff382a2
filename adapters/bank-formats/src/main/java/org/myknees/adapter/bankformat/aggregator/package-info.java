/**
 * Parsers for saved aggregator payloads (Plaid, GoCardless Bank Account Data, SimpleFIN), so a response kept
 * as a file imports like a bank file. Signs follow our model (negative = money out; Plaid's are negated); where
 * a payload gives the day of purchase apart from the booking day (Plaid's {@code authorized_date}, SimpleFIN's
 * {@code transacted_at}) it becomes the value date. Only the bank-format registry uses them; {@link
 * org.myknees.adapter.bankformat.aggregator.JsonTree} is shared with the order parser.
 */
package org.myknees.adapter.bankformat.aggregator;
