/**
 * The Open Liberty server's wiring: CDI producers that build the application services with {@code new} from
 * the chosen store, the health checks, and the server configuration. Nothing depends on this package.
 */
package org.myknees.bootstrap.server;
