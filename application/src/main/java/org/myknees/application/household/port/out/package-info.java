/** The household store; implemented by persistence adapters and checked by the contract suite. */
package org.myknees.application.household.port.out;
