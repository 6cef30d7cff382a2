/**
 * The incoming ports of categorization: managing a household's rules, previewing and applying them to history,
 * and categorizing one transaction with every source. Adapters (REST, command line) call these; the application
 * implements them.
 */
package org.myknees.application.categorization.port.in;
