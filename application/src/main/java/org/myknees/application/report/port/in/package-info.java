/** Incoming ports for reports; driven by the REST and CLI adapters. */
package org.myknees.application.report.port.in;
