/** Incoming ports for transactions; driven by the REST and CLI adapters. */
package org.myknees.application.transaction.port.in;
