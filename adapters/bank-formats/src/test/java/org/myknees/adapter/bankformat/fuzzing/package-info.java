/**
 * Test support for robustness checks of the bank-file parsers: the "a ParsedFile or a StatementParseException,
 * nothing else" contract and deterministic mutations of sample files. Used by the MT940 and CAMT tests only.
 */
package org.myknees.adapter.bankformat.fuzzing;
