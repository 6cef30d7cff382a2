/**
 * The ports an import needs from outside: a {@link org.myknees.application.importing.port.out.StatementParser}
 * per bank file format, and the parsed shapes they return. Implemented by the bank-format adapters.
 */
package org.myknees.application.importing.port.out;
