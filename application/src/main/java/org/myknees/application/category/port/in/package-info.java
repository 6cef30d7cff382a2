/** Incoming ports for categories; driven by the REST and CLI adapters. */
package org.myknees.application.category.port.in;
