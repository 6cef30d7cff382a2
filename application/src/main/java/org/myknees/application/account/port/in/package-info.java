/** Incoming ports for accounts; driven by the REST and CLI adapters. */
package org.myknees.application.account.port.in;
