/** The purchase store; implemented by persistence adapters and checked by the contract suite in the test jar. */
package org.myknees.application.purchase.port.out;
