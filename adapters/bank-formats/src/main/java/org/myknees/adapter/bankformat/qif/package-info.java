/**
 * The QIF (Quicken Interchange Format) statement parser behind the
 * {@link org.myknees.application.importing.port.out.StatementParser} port. Only
 * {@link org.myknees.adapter.bankformat.qif.QifStatementParser} is public; it is found through ServiceLoader.
 */
package org.myknees.adapter.bankformat.qif;
