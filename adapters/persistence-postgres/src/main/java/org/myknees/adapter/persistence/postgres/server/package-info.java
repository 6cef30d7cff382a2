/**
 * Finding a PostgreSQL server to store in: an embedded one started from Maven-shipped binaries with its data under
 * the MyKnees data directory (the default), or an external one named by a JDBC URL. Used by the wiring module and
 * by tests; it knows nothing of the application.
 */
package org.myknees.adapter.persistence.postgres.server;
