/**
 * Wiring: where the data lives, which database stores it, and the application services built on it with plain
 * {@code new}. The only package that knows every adapter; the command line and the server start here.
 */
package org.myknees.bootstrap;
