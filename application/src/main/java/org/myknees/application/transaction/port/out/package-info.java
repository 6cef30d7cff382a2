/**
 * The transaction store, its filter and its listing order; implemented by persistence adapters and checked by
 * the contract suite.
 */
package org.myknees.application.transaction.port.out;
