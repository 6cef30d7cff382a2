/** Incoming ports for households and membership; driven by the REST and CLI adapters. */
package org.myknees.application.household.port.in;
