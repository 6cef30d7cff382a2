/** Incoming ports for imports; driven by the CLI and REST adapters. */
package org.myknees.application.importing.port.in;
