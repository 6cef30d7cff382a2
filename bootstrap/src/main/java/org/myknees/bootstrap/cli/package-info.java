/**
 * The {@code myknees} command line (picocli): global options, one class per command group, human and JSON output.
 * It drives the application's use cases only; {@code bin/myknees} at the repository root runs it.
 */
package org.myknees.bootstrap.cli;
