/**
 * The OFX/QFX statement parser (OFX 1.x SGML and 2.x XML) behind the
 * {@link org.myknees.application.importing.port.out.StatementParser} port. Only
 * {@link org.myknees.adapter.bankformat.ofx.OfxStatementParser} is public; it is found through ServiceLoader.
 */
package org.myknees.adapter.bankformat.ofx;
