/**
 * Sign-up, login with throttling, and rotating refresh sessions. Driven through {@code port.in}; the REST
 * adapter turns a session into access tokens, which this package knows nothing about.
 */
package org.myknees.application.user;
