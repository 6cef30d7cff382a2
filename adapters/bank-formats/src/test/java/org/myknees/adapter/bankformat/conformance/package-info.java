/**
 * Test support for corpus conformance runs: per-file fact checks and the Markdown results table. Used by the
 * MT940 and CAMT conformance tests only.
 */
package org.myknees.adapter.bankformat.conformance;
