/** Incoming ports for users and their sessions; driven by the REST adapter. */
package org.myknees.application.user.port.in;
