/** The store of household categories; implemented by persistence adapters and checked by the contract suite. */
package org.myknees.application.category.port.out;
