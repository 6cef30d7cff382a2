/**
 * Reads ISO 20022 bank-to-customer messages, CAMT.052 account reports, CAMT.053 statements and CAMT.054
 * debit/credit notifications, in every version ({@code urn:iso:std:iso:20022:tech:xsd:camt.05x.001.NN}), behind
 * the {@link org.myknees.application.importing.port.out.StatementParser} port. Only {@code bootstrap} wires them.
 */
package org.myknees.adapter.bankformat.camt;
