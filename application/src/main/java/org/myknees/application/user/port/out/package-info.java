/**
 * The user store, the refresh-token store and the password hasher; implemented by persistence and security
 * adapters, the stores checked by contract suites.
 */
package org.myknees.application.user.port.out;
