/** Incoming ports for one-time events; driven by the REST and CLI adapters. */
package org.myknees.application.onetimeevent.port.in;
