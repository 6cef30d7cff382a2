/**
 * Test support shared by every parser's fuzz and mutation tests: one deterministic {@code Mutator} with the
 * tokens of all formats, and the port's contract for arbitrary bytes ({@code ParserContract}).
 */
package org.myknees.adapter.bankformat.fuzzing;
