/** Incoming ports for purchases; driven by the CLI and REST adapters. */
package org.myknees.application.purchase.port.in;
