/**
 * Reads SWIFT MT940 account statements and MT942 interim reports (with or without SWIFT envelopes, with bank
 * preambles, German {@code ?NN} and Dutch {@code /KEY/} transaction details) behind the {@link
 * org.myknees.application.importing.port.out.StatementParser} port. Only {@code bootstrap} wires these parsers.
 */
package org.myknees.adapter.bankformat.mt940;
