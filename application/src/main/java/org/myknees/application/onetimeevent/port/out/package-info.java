/** The store of one-time events; implemented by persistence adapters and checked by the contract suite. */
package org.myknees.application.onetimeevent.port.out;
