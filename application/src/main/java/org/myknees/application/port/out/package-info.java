/**
 * Outgoing ports every use case shares: the unit of work and the outbox of domain events, plus the errors
 * stores report. Implemented by persistence adapters.
 */
package org.myknees.application.port.out;
